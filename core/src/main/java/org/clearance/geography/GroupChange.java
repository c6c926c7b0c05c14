package org.clearance.geography;

import java.util.Set;

/**
 * One dated entry of a country group's membership: either the full list ({@code members}) or the countries added
 * and removed on that date.
 */
public record GroupChange(Set<String> members, Set<String> added, Set<String> removed) {

    public GroupChange {
        members = members == null ? null : Set.copyOf(members);
        added = Set.copyOf(added);
        removed = Set.copyOf(removed);
    }

    Set<String> apply(Set<String> before) {
        java.util.Set<String> out = new java.util.TreeSet<>(members != null ? members : before);
        out.addAll(added);
        out.removeAll(removed);
        return out;
    }
}
