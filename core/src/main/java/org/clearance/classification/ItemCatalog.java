package org.clearance.classification;

import java.util.Optional;

/** Resolves the catalog ids used inside systems ({@code contains}). */
@FunctionalInterface
public interface ItemCatalog {

    Optional<ItemSpec> find(String id);

    static ItemCatalog empty() {
        return id -> Optional.empty();
    }
}
