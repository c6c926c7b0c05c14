package org.clearance.rulepack;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.clearance.geography.Country;
import org.clearance.geography.CountryGroup;
import org.clearance.geography.Geography;
import org.clearance.geography.GroupChange;
import org.clearance.law.DatedSeries;
import org.clearance.law.DatedValue;
import org.clearance.yaml.Documents;
import org.clearance.yaml.InputException;
import org.clearance.yaml.StrictNode;

/** Reads {@code countries/countries.yaml} and {@code countries/groups.yaml}. */
final class GeographyReader {

    private GeographyReader() {
    }

    static Geography read(Path countriesFile, String countriesLabel, Path groupsFile, String groupsLabel) {
        StrictNode root = Documents.read(countriesFile, countriesLabel)
                .allowOnly(Set.of("source", "countries", "treated_as", "regions", "ambiguous"));
        List<Country> countries = new ArrayList<>();
        Set<String> codes = new TreeSet<>();
        for (StrictNode c : root.require("countries").list()) {
            c.allowOnly(Set.of("code", "name", "aliases"));
            String code = c.require("code").text();
            if (!code.matches("[A-Z]{2}")) throw c.require("code").error("expected an ISO 3166-1 alpha-2 code");
            countries.add(new Country(code, c.require("name").text(), null,
                    c.optionalNonNull("aliases").map(StrictNode::textList).orElse(List.of())));
            codes.add(code);
        }
        for (StrictNode r : root.optionalNonNull("regions").map(StrictNode::list).orElse(List.of())) {
            r.allowOnly(Set.of("code", "parent", "name", "aliases"));
            String code = r.require("code").text();
            String parent = r.require("parent").text();
            if (!code.matches("[A-Z]{2}-[A-Z0-9]{1,3}") || !code.startsWith(parent + "-")) {
                throw r.require("code").error("expected an ISO 3166-2 code of the parent country, e.g. UA-43");
            }
            if (!codes.contains(parent)) throw r.require("parent").error("unknown country '" + parent + "'");
            countries.add(new Country(code, r.require("name").text(), parent,
                    r.optionalNonNull("aliases").map(StrictNode::textList).orElse(List.of())));
            codes.add(code);
        }
        Map<String, List<String>> ambiguous = new LinkedHashMap<>();
        for (StrictNode a : root.optionalNonNull("ambiguous").map(StrictNode::list).orElse(List.of())) {
            a.allowOnly(Set.of("name", "candidates"));
            List<String> candidates = a.require("candidates").textList();
            for (String c : candidates) {
                if (!codes.contains(c)) throw a.require("candidates").error("unknown country '" + c + "'");
            }
            ambiguous.put(a.require("name").text(), candidates);
        }
        Map<String, DatedSeries<String>> treatedAs = new LinkedHashMap<>();
        root.optionalNonNull("treated_as").ifPresent(t -> t.entries().forEach((code, series) -> {
            if (!codes.contains(code)) throw series.error("unknown country '" + code + "'");
            treatedAs.put(code, DatedReader.series(series, entry -> {
                entry.allowOnly(Set.of("country", "cite", "confidence", "note", "interpretation"));
                String target = entry.require("country").text();
                if (!codes.contains(target)) throw entry.require("country").error("unknown country '" + target + "'");
                return new DatedValue<>(DatedReader.dateOf(entry), target, DatedReader.citation(entry.require("cite")),
                        DatedReader.confidence(entry.require("confidence")), null,
                        entry.optionalNonNull("note").map(StrictNode::text).orElse(null));
            }));
        }));
        List<CountryGroup> groups = groups(Documents.read(groupsFile, groupsLabel), codes);
        try {
            return new Geography(countries, ambiguous, treatedAs, groups);
        } catch (IllegalArgumentException e) {
            throw new InputException(countriesLabel, null, e.getMessage());
        }
    }

    private static List<CountryGroup> groups(StrictNode root, Set<String> codes) {
        List<CountryGroup> groups = new ArrayList<>();
        root.entries().forEach((id, node) -> {
            if (!id.matches("[A-E]:[0-9]")) throw node.error("expected a country group name such as D:5");
            node.allowOnly(Set.of("title", "membership"));
            DatedSeries<GroupChange> series = DatedReader.series(node.require("membership"), entry -> {
                entry.allowOnly(Set.of("members", "add", "remove", "cite", "confidence", "note", "interpretation"));
                Set<String> members = entry.optionalNonNull("members").map(m -> codes(m, codes)).orElse(null);
                Set<String> add = entry.optionalNonNull("add").map(m -> codes(m, codes)).orElse(Set.of());
                Set<String> remove = entry.optionalNonNull("remove").map(m -> codes(m, codes)).orElse(Set.of());
                if (members == null && add.isEmpty() && remove.isEmpty()) {
                    throw entry.error("a membership entry gives members, add or remove");
                }
                LocalDate date = DatedReader.dateOf(entry);
                return new DatedValue<>(date, new GroupChange(members, add, remove),
                        DatedReader.citation(entry.require("cite")), DatedReader.confidence(entry.require("confidence")),
                        entry.optionalNonNull("interpretation").map(StrictNode::text).orElse(null),
                        entry.optionalNonNull("note").map(StrictNode::text).orElse(null));
            });
            if (series.values().get(0).value().members() == null) {
                throw node.require("membership").error("the first entry must list the members");
            }
            groups.add(new CountryGroup(id, node.require("title").text(), series));
        });
        return groups;
    }

    private static Set<String> codes(StrictNode list, Set<String> known) {
        Set<String> out = new TreeSet<>();
        for (StrictNode c : list.list()) {
            String code = c.text();
            if (!known.contains(code)) throw c.error("unknown country code '" + code + "'");
            if (!out.add(code)) throw c.error("listed twice: '" + code + "'");
        }
        return out;
    }
}
