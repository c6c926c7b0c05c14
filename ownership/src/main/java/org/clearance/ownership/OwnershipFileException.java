package org.clearance.ownership;

import java.util.List;

/** An ownership file refused whole: each problem names the file's line and the reason. Nothing was stored. */
public final class OwnershipFileException extends RuntimeException {

    /** One refused row. */
    public record Problem(long line, String reason) {
        @Override
        public String toString() {
            return "line " + line + ": " + reason;
        }
    }

    private final transient List<Problem> problems;

    public OwnershipFileException(String file, List<Problem> problems) {
        super(message(file, problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String message(String file, List<Problem> problems) {
        StringBuilder sb = new StringBuilder(file).append(": refused, nothing stored (")
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(")");
        int n = 0;
        for (Problem p : problems) {
            if (n++ == 20) {
                sb.append("\n  … and ").append(problems.size() - 20).append(" more");
                break;
            }
            sb.append("\n  ").append(file).append(':').append(p.line()).append(": ").append(p.reason());
        }
        return sb.toString();
    }
}
