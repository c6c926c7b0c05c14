package org.clearance.geography;

import java.util.List;
import java.util.Objects;

/**
 * A destination: an ISO 3166-1 alpha-2 country, or an ISO 3166-2 subdivision the EAR treats apart (the Crimea
 * region of Ukraine is {@code UA-43}, with parent {@code UA}).
 */
public record Country(String code, String name, String parent, List<String> aliases) {

    public Country {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }

    public boolean isRegion() {
        return parent != null;
    }

    /** "China (CN)". */
    public String label() {
        return name + " (" + code + ")";
    }
}
