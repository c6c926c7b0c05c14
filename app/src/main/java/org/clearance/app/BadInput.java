package org.clearance.app;

import java.util.function.Supplier;
import org.clearance.ledger.lists.ImportRefusedException;
import org.clearance.screening.list.ListFileException;
import org.clearance.screening.match.InvalidQueryException;

/**
 * Bad input found by a use case itself (an unknown id, a bad date, a refused import), as opposed to a broken system:
 * the command line exits 2 with the message, a server answers 400 with it.
 */
public final class BadInput extends RuntimeException {

    public BadInput(String message) {
        super(message);
    }

    /** Runs {@code action}, turning the screening modules' bad-input exceptions into {@code BadInput}. */
    public static <T> T from(Supplier<T> action) {
        try {
            return action.get();
        } catch (ListFileException | InvalidQueryException | ImportRefusedException
                 | org.clearance.ledger.parties.AdjudicationRefusedException e) {
            throw new BadInput(e.getMessage());
        }
    }
}
