package org.clearance.geography;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.clearance.law.DatedSeries;
import org.clearance.law.DatedValue;

/**
 * A country group of Supplement No. 1 to Part 740 (A:5, D:5 …) with dated membership. Defined once; rules refer to
 * it by name.
 */
public final class CountryGroup {

    private final String id;
    private final String title;
    private final DatedSeries<GroupChange> changes;
    private final List<LocalDate> dates = new ArrayList<>();
    private final List<Set<String>> memberships = new ArrayList<>();

    public CountryGroup(String id, String title, DatedSeries<GroupChange> changes) {
        this.id = id;
        this.title = title;
        this.changes = changes;
        Set<String> current = Set.of();
        for (DatedValue<GroupChange> v : changes.values()) {
            current = Collections.unmodifiableSet(v.value().apply(current));
            dates.add(v.from());
            memberships.add(current);
        }
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public DatedSeries<GroupChange> changes() {
        return changes;
    }

    /** The members on a date; empty before the first entry. */
    public Set<String> membersOn(LocalDate date) {
        Set<String> found = Set.of();
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i).isAfter(date)) break;
            found = memberships.get(i);
        }
        return found;
    }

    public boolean contains(String code, LocalDate date) {
        return membersOn(date).contains(code);
    }

    /** The dated entry that made {@code code} a member (or not) on {@code date}: what to cite. */
    public Optional<DatedValue<GroupChange>> basisFor(String code, LocalDate date) {
        DatedValue<GroupChange> basis = null;
        for (DatedValue<GroupChange> v : changes.values()) {
            if (v.from().isAfter(date)) break;
            GroupChange c = v.value();
            if (basis == null || c.members() != null && c.members().contains(code) || c.added().contains(code)
                    || c.removed().contains(code)) {
                basis = v;
            }
        }
        return Optional.ofNullable(basis);
    }

    public Set<String> allEverMembers() {
        Set<String> all = new TreeSet<>();
        memberships.forEach(all::addAll);
        return all;
    }
}
