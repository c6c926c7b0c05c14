package org.clearance.determination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clearance.geography.Country;
import org.clearance.geography.Geography;
import org.clearance.geography.Located;

/**
 * A set of destinations as a rule words it: named countries (the law names China, Macau, the UAE), country groups
 * by name, exceptions, or "worldwide". Group membership is read on the shipment's date.
 */
public record DestinationScope(List<String> countries, List<String> groups, List<String> exceptCountries,
                               List<String> exceptGroups, boolean worldwide) {

    public DestinationScope {
        countries = LookupList.of(countries);
        groups = List.copyOf(groups);
        exceptCountries = LookupList.of(exceptCountries);
        exceptGroups = List.copyOf(exceptGroups);
    }

    /**
     * Named countries are in the scope whatever groups they belong to ("the United Arab Emirates or any destination
     * in D:1, D:4 or D:5 that is not also in A:5 or A:6"); the group exclusions narrow the group part only; an
     * excluded country is never in.
     */
    public boolean contains(Country c, LocalDate date, Geography geo) {
        return contains(geo.locate(c, date));
    }

    public boolean contains(Located place) {
        Country c = place.country();
        String effective = place.effective();
        if (named(exceptCountries, c, effective)) return false;
        if (named(countries, c, effective)) return true;
        if (!worldwide && groups.isEmpty()) return false;
        for (String g : exceptGroups) if (place.groups().contains(g)) return false;
        if (worldwide) return true;
        for (String g : groups) if (place.groups().contains(g)) return true;
        return false;
    }

    private static boolean named(List<String> list, Country c, String effective) {
        return list.contains(c.code()) || list.contains(effective) || c.parent() != null && list.contains(c.parent());
    }

    /** "Macau or Country Group D:5", "D:1, D:4 or D:5, except A:5 and A:6". */
    public String describe(Geography geo) {
        List<String> parts = new ArrayList<>();
        if (worldwide) parts.add("any destination");
        countries.forEach(c -> parts.add(name(c, geo)));
        if (!groups.isEmpty()) parts.add((groups.size() == 1 ? "Country Group " : "Country Groups ") + String.join(", ", groups));
        String s = String.join(" or ", parts);
        List<String> except = new ArrayList<>();
        exceptCountries.forEach(c -> except.add(name(c, geo)));
        if (!exceptGroups.isEmpty()) {
            except.add((exceptGroups.size() == 1 ? "Country Group " : "Country Groups ") + String.join(", ", exceptGroups));
        }
        return except.isEmpty() ? s : s + ", except " + String.join(" and ", except);
    }

    private static String name(String code, Geography geo) {
        return geo.byCode(code).map(Country::name).orElse(code);
    }

    /** Why a destination is or is not in the scope: its groups on the date. */
    public String explain(Country c, LocalDate date, Geography geo) {
        boolean in = contains(c, date, geo);
        Set<String> groupsOf = geo.groupsOf(c.code(), date);
        String effective = geo.effectiveCode(c.code(), date);
        String via = effective.equals(c.code()) || c.parent() != null ? "" : ", which follows " + effective;
        return c.label() + via + " (groups " + (groupsOf.isEmpty() ? "none" : String.join(", ", groupsOf)) + ") is "
                + (in ? "" : "not ") + "in " + describe(geo);
    }
}
