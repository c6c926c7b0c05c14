package org.clearance.screening.list;

/**
 * How one listed party stands to another. Kept for the rules that reach through ownership (OFAC's 50 Percent Rule,
 * the BIS Affiliates rule) and for reviewers who want to see who runs a listed company.
 */
public enum LinkKind {
    /** {@code from} owns (a share of) {@code to}: an FtM {@code Ownership}, owner → asset. */
    OWNERSHIP,
    /** {@code from} directs {@code to}: an FtM {@code Directorship}, director → organization. */
    DIRECTORSHIP
}
