package org.clearance.screening.list;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What changed between two versions of a list: entries added, removed, and changed (same list and id, new content). */
public record ListDiff(List<ListEntry> added, List<ListEntry> removed, List<Change> changed) {

    /** One entry in both versions with different content. */
    public record Change(ListEntry before, ListEntry after) {

        /** The fields that differ, by their JSON names. */
        public List<String> fields() {
            ListEntry a = before;
            ListEntry b = after;
            List<String> f = new ArrayList<>();
            if (!a.name().equals(b.name())) f.add("name");
            if (a.type() != b.type()) f.add("type");
            if (!a.aliases().equals(b.aliases())) f.add("aliases");
            if (!a.addresses().equals(b.addresses())) f.add("addresses");
            if (!a.countries().equals(b.countries())) f.add("countries");
            if (!a.programs().equals(b.programs())) f.add("programs");
            if (!Objects.equals(a.title(), b.title())) f.add("title");
            if (!Objects.equals(a.licenseRequirement(), b.licenseRequirement())) f.add("license_requirement");
            if (!Objects.equals(a.licensePolicy(), b.licensePolicy())) f.add("license_policy");
            if (!Objects.equals(a.frCitation(), b.frCitation())) f.add("fr_citation");
            if (!a.footnotes().equals(b.footnotes())) f.add("footnotes");
            if (!Objects.equals(a.startDate(), b.startDate()) || !Objects.equals(a.endDate(), b.endDate())) f.add("dates");
            if (!Objects.equals(a.remarks(), b.remarks())) f.add("remarks");
            return f;
        }
    }

    public ListDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public static ListDiff between(List<ListEntry> before, List<ListEntry> after) {
        Map<String, ListEntry> old = index(before);
        Map<String, ListEntry> now = index(after);
        List<ListEntry> added = new ArrayList<>();
        List<ListEntry> removed = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        for (Map.Entry<String, ListEntry> e : now.entrySet()) {
            ListEntry prior = old.get(e.getKey());
            if (prior == null) added.add(e.getValue());
            else if (!prior.canonical().equals(e.getValue().canonical())) changed.add(new Change(prior, e.getValue()));
        }
        for (Map.Entry<String, ListEntry> e : old.entrySet()) if (!now.containsKey(e.getKey())) removed.add(e.getValue());
        return new ListDiff(added, removed, changed);
    }

    private static Map<String, ListEntry> index(List<ListEntry> entries) {
        Map<String, ListEntry> m = new LinkedHashMap<>();
        for (ListEntry e : entries) m.put(e.list() + "/" + e.entityId(), e);
        return m;
    }
}
