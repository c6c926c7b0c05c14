package org.clearance.ledger.approvals;

import java.time.Instant;

/**
 * A step one person asked for and a second must approve or reject (four eyes): what it is about ({@code subject}, e.g.
 * {@code adjudication}, and {@code ref}, which one), what approval makes effective ({@code payloadJson}), who asked,
 * when and why, and once decided who decided, when and why.
 */
public record ApprovalRequest(long id, String subject, String ref, String payloadJson, String reason,
                              String requestedBy, Instant requestedAt, Status status, String decidedBy,
                              Instant decidedAt, String decisionReason) {

    public enum Status {
        PENDING, APPROVED, REJECTED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Status of(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public boolean pending() {
        return status == Status.PENDING;
    }
}
