package org.clearance.law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Values keyed by the date they take effect, as in OpenFisca parameters: the value at a date is the last one
 * whose date is on or before it. Before the first date there is no value.
 */
public final class DatedSeries<T> {

    private final List<DatedValue<T>> values;

    public DatedSeries(List<DatedValue<T>> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a dated series needs at least one value");
        }
        List<DatedValue<T>> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparing(DatedValue::from));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).from().equals(sorted.get(i - 1).from())) {
                throw new IllegalArgumentException("two values take effect on " + sorted.get(i).from());
            }
        }
        this.values = List.copyOf(sorted);
    }

    /** The value in effect on {@code date}, or empty before the first date. */
    public Optional<DatedValue<T>> at(LocalDate date) {
        DatedValue<T> found = null;
        for (DatedValue<T> v : values) {
            if (v.from().isAfter(date)) break;
            found = v;
        }
        return Optional.ofNullable(found);
    }

    /** The first value that takes effect after {@code date}, if any. */
    public Optional<DatedValue<T>> nextAfter(LocalDate date) {
        for (DatedValue<T> v : values) {
            if (v.from().isAfter(date)) return Optional.of(v);
        }
        return Optional.empty();
    }

    public LocalDate firstDate() {
        return values.get(0).from();
    }

    public List<DatedValue<T>> values() {
        return values;
    }
}
