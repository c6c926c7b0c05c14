package org.clearance.screening.list;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One party on a restricted list, as published: the list it is on, the list's own id for it, its names, addresses
 * and the legal text that comes with it (the Entity List's license requirement and policy, the Federal Register
 * citation, footnote designations). Everything a shipment decision needs to cite comes from here.
 *
 * @param entityId    the list's own id: the OFAC ent_num (also for SDN rows met in the CSL), the CSL {@code _id}
 *                    for other CSL rows, or a stable hash of the row where the list has none (the DPL)
 * @param countries   ISO codes of nationality or citizenship the list states apart from the addresses
 * @param footnotes   Entity List footnote numbers, e.g. [4] for a requirement marked "FN4"
 */
public record ListEntry(ListCode list, String entityId, EntityType type, String name, List<Alias> aliases,
                        List<Address> addresses, List<String> countries, List<String> programs, String title, String licenseRequirement,
                        String licensePolicy, String frCitation, List<Integer> footnotes, String startDate,
                        String endDate, String remarks, String sourceUrl) {

    public ListEntry {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        addresses = List.copyOf(addresses);
        countries = List.copyOf(countries);
        programs = List.copyOf(programs);
        footnotes = List.copyOf(footnotes);
    }

    /** The primary name first, then the aliases. */
    public List<Alias> names() {
        List<Alias> all = new ArrayList<>(aliases.size() + 1);
        all.add(new Alias(name, AliasKind.PRIMARY));
        all.addAll(aliases);
        return all;
    }

    /** The distinct countries of the addresses and the stated nationalities, in list order. */
    public Set<String> allCountries() {
        Set<String> out = new LinkedHashSet<>();
        for (Address a : addresses) if (a.country() != null) out.add(a.country());
        out.addAll(countries);
        return out;
    }

    public boolean blocked() {
        return list.blocks();
    }

    public ListEntry withAliases(List<Alias> newAliases) {
        return new ListEntry(list, entityId, type, name, newAliases, addresses, countries, programs, title, licenseRequirement,
                licensePolicy, frCitation, footnotes, startDate, endDate, remarks, sourceUrl);
    }

    /**
     * The sha256 of {@link #canonical()}: what an adjudication records, so that a decision about a listed party lapses
     * when the listing changes.
     */
    public String contentHash() {
        return sha256(canonical());
    }

    /** The sha256 of a text's UTF-8 bytes, in lower-case hex. */
    public static String sha256(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A canonical text of everything the entry says, for content hashes and change detection. */
    public String canonical() {
        StringBuilder sb = new StringBuilder(256);
        sb.append(list).append('\u001f').append(entityId).append('\u001f').append(type).append('\u001f').append(name);
        for (Alias a : aliases) sb.append('\u001e').append(a.kind()).append(':').append(a.name());
        for (Address a : addresses) sb.append('\u001d').append(a.text()).append('|').append(a.country());
        sb.append('\u001f').append(countries).append('\u001f').append(programs).append('\u001f').append(title).append('\u001f').append(licenseRequirement)
                .append('\u001f').append(licensePolicy).append('\u001f').append(frCitation).append('\u001f')
                .append(footnotes).append('\u001f').append(startDate).append('\u001f').append(endDate)
                .append('\u001f').append(remarks);
        return sb.toString();
    }
}
