package org.clearance.ledger.lists;

import java.util.List;
import org.clearance.screening.list.ParseWarning;

/** What an import did: stored a new version, or found the content identical to the latest version. */
public sealed interface ImportOutcome {

    ListVersion version();

    List<ParseWarning> warnings();

    record Imported(ListVersion version, List<ParseWarning> warnings) implements ImportOutcome {
    }

    /** The content hash equals the latest version's: no version is added. */
    record Unchanged(ListVersion version, List<ParseWarning> warnings) implements ImportOutcome {
    }
}
