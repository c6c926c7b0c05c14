package org.clearance.screening.list;

import java.util.Objects;

/** One name of a list entry, and where it came from ({@code source} is set for names Clearance added). */
public record Alias(String name, AliasKind kind, String source) {
    public Alias {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    public Alias(String name, AliasKind kind) {
        this(name, kind, null);
    }
}
