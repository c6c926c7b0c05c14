package org.clearance.classification;

/** {@code count} of one item inside a computer, electronic assembly or component. */
public record ContainedItem(ItemRef item, int count) {

    public ContainedItem {
        if (count <= 0) throw new IllegalArgumentException("count must be positive");
    }
}
