package org.clearance.cli.screening;

import java.util.function.Supplier;
import org.clearance.cli.Main;
import org.clearance.ledger.lists.ImportRefusedException;
import org.clearance.screening.list.ListFileException;
import org.clearance.screening.match.InvalidQueryException;

/** Maps the screening modules' bad-input exceptions to {@link Main.BadInput} (exit 2); the rest stay internal errors. */
final class ScreeningErrors {
    private ScreeningErrors() {
    }

    static <T> T badInputAs(Supplier<T> action) {
        try {
            return action.get();
        } catch (ListFileException | InvalidQueryException | ImportRefusedException
                 | org.clearance.ledger.parties.AdjudicationRefusedException e) {
            throw new Main.BadInput(e.getMessage());
        }
    }
}
