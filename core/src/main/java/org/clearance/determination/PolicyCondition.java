package org.clearance.determination;

import java.util.regex.Pattern;

/**
 * A condition a review policy attaches to a license (e.g. the January 2026 case-by-case policy's third-party testing),
 * with a stable id that licenses and certifications name ({@code third-party-testing}) and the text an answer shows.
 */
public record PolicyCondition(String id, String text) {

    /** Lowercase words of letters and digits joined by single hyphens: {@code us-supply}. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public PolicyCondition {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a policy condition id is a lowercase slug such as us-supply, got '" + id + "'");
        }
        if (text == null || text.isBlank()) throw new IllegalArgumentException("policy condition " + id + " has no text");
    }
}
