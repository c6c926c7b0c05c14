package org.clearance.screening.list;

/**
 * A list file that cannot be read at all (missing, wrong format, no header): the file and the reason. Single bad
 * rows are not exceptions; they become {@link ParseWarning}s and the row is skipped.
 */
public final class ListFileException extends RuntimeException {
    private final String file;

    public ListFileException(String file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
