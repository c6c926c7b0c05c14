package org.clearance.screening.list;

import java.util.Objects;

/**
 * A link between two parties as the list publishes it, by the list's entity ids (which need not be entries of the
 * same version: an owner may be a party the list does not itself designate).
 *
 * @param id         the list's id for the link itself (the FtM id of the Ownership or Directorship), or null
 * @param from       the owner or director
 * @param to         the asset or organization
 * @param percentage the share held, as published ("50", "more than 25%"), or null
 * @param startDate  when the link began, as published, or null
 */
public record EntityLink(String id, LinkKind kind, String from, String to, String percentage, String startDate) {
    public EntityLink {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
