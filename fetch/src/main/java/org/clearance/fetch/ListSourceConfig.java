package org.clearance.fetch;

import java.net.URI;
import java.util.List;
import org.clearance.screening.list.Feed;

/**
 * One downloadable list: its name ({@code --source}), its format and the URL of its main file. OFAC's legacy sets
 * are several files: the others are fetched from beside the main one, under the names the parser reads.
 */
public record ListSourceConfig(String name, Feed format, URI url) {

    /** The files fetched beside the main one (none for the CSL and the DPL). */
    public List<String> siblings() {
        return switch (format) {
            case SDN -> List.of("sdn_comments.csv", "alt.csv", "add.csv");
            case CONS -> List.of("cons_comments.csv", "cons_alt.csv", "cons_add.csv");
            default -> List.of();
        };
    }

    /** Where a sibling is: beside the main file. */
    public URI sibling(String fileName) {
        return url.resolve(fileName);
    }

    public ListSourceConfig withUrl(URI other) {
        return new ListSourceConfig(name, format, other);
    }
}
