package org.clearance.ledger.lists;

import java.time.LocalDate;

/**
 * Something an answer must say about a list it screened against: the list is older than the maximum age, it is a
 * subset of the list its publisher issues, or it is the sample shipped with Clearance. {@code ageDays} is the age on
 * the answer's date (negative when the list was published after it).
 */
public record ListWarning(Kind kind, ListVersion version, LocalDate asOf, long ageDays, String message) {

    public enum Kind {
        /** Published more than the maximum age before the answer's date. */
        STALE("list-stale"),
        /** Not the whole list its publisher issues. */
        SUBSET("list-subset"),
        /** The lists shipped with Clearance were just imported into a fresh database. */
        SAMPLE("list-sample");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The stable code in the JSON. */
        public String code() {
            return code;
        }
    }
}
