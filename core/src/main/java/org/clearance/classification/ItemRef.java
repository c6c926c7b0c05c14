package org.clearance.classification;

/** An item inside a system: a catalog id or a specification written inline. */
public sealed interface ItemRef {

    record CatalogId(String id) implements ItemRef {
    }

    record Inline(ItemSpec spec) implements ItemRef {
    }
}
