package org.clearance.yaml;

/**
 * Bad input: a file, the field in it, and the reason, e.g.
 * {@code h100.yaml: throughput[1].tops: expected a number, got "abc"}. The CLI exits with status 2.
 */
public final class InputException extends RuntimeException {

    private final String file;
    private final String field;
    private final String reason;

    public InputException(String file, String field, String reason) {
        super(format(file, field, reason));
        this.file = file;
        this.field = field;
        this.reason = reason;
    }

    private static String format(String file, String field, String reason) {
        StringBuilder sb = new StringBuilder();
        if (file != null) sb.append(file).append(": ");
        if (field != null && !field.isEmpty()) sb.append(field).append(": ");
        return sb.append(reason).toString();
    }

    public String file() {
        return file;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
