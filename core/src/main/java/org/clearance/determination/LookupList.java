package org.clearance.determination;

import java.util.AbstractList;
import java.util.HashSet;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;

/**
 * An unmodifiable list that answers {@code contains} from a hash set: a rule's country and group lists keep their
 * order for the sentences that name them, and are looked up for every shipment a batch decides.
 */
final class LookupList<E> extends AbstractList<E> implements RandomAccess {

    private final List<E> items;
    private final Set<E> lookup;

    private LookupList(List<E> items) {
        this.items = List.copyOf(items);
        this.lookup = new HashSet<>(this.items);
    }

    static <E> List<E> of(List<E> items) {
        return items instanceof LookupList<E> l ? l : new LookupList<>(items);
    }

    @Override
    public E get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public boolean contains(Object o) {
        return lookup.contains(o);
    }
}
