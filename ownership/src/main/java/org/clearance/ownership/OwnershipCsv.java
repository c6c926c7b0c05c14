package org.clearance.ownership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.clearance.screening.list.Countries;
import org.clearance.screening.parse.CsvReader;

/**
 * The CSV ownership format (docs/ownership.md): columns {@code owner, owned, percent, as_of, source}, optional
 * {@code owner_id, owned_id, owner_country, owned_country, valid_from, valid_to}, in any order, named in a header row.
 * A file is all or nothing: {@link #read} returns every holding or throws {@link OwnershipFileException} naming each
 * bad line and why.
 */
public final class OwnershipCsv {

    static final List<String> REQUIRED = List.of("owner", "owned", "percent", "as_of", "source");
    static final List<String> OPTIONAL = List.of("owner_id", "owned_id", "owner_country", "owned_country", "valid_from",
            "valid_to");
    private static final int MAX_PROBLEMS = 1000;

    private OwnershipCsv() {
    }

    /**
     * Reads and checks a whole file. {@code knownReference} says whether a {@code LIST:ENTRY_ID} names an entry of the
     * current lists.
     */
    public static List<Holding> read(String text, String file, Predicate<String> knownReference) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        CsvReader reader = new CsvReader(text, ',');
        List<OwnershipFileException.Problem> problems = new ArrayList<>();
        CsvReader.Row header = reader.next();
        while (header != null && header.size() == 1 && header.get(0).isBlank()) header = reader.next();
        if (header == null) throw refuse(file, 1, "the file is empty: expected a header row naming the columns "
                + String.join(",", REQUIRED));
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                throw refuse(file, header.line(), "unknown column '" + header.get(i).strip() + "': expected "
                        + String.join(", ", REQUIRED) + " and optionally " + String.join(", ", OPTIONAL));
            }
            if (col.put(name, i) != null) throw refuse(file, header.line(), "column '" + name + "' appears twice");
        }
        for (String r : REQUIRED) {
            if (!col.containsKey(r)) throw refuse(file, header.line(), "missing column '" + r + "' (required: "
                    + String.join(", ", REQUIRED) + ")");
        }
        List<Holding> out = new ArrayList<>();
        for (CsvReader.Row row = reader.next(); row != null; row = reader.next()) {
            if (row.size() == 1 && row.get(0).isBlank()) continue;
            if (problems.size() >= MAX_PROBLEMS) break;
            Holding h = row(row, col, knownReference, problems);
            if (h != null) out.add(h);
        }
        if (problems.isEmpty()) overHundred(out, problems);
        if (!problems.isEmpty()) throw new OwnershipFileException(file, problems);
        return out;
    }

    private static OwnershipFileException refuse(String file, long line, String reason) {
        return new OwnershipFileException(file, List.of(new OwnershipFileException.Problem(line, reason)));
    }

    private static Holding row(CsvReader.Row row, Map<String, Integer> col, Predicate<String> knownReference,
                               List<OwnershipFileException.Problem> problems) {
        long line = row.line();
        int before = problems.size();
        if (row.unterminated()) {
            problems.add(new OwnershipFileException.Problem(line, "the row ends inside an open quote"));
            return null;
        }
        if (row.size() != col.size()) {
            problems.add(new OwnershipFileException.Problem(line, "expected " + col.size() + " fields, found " + row.size()));
            return null;
        }
        HoldingParty owner = party(row, col, "owner", knownReference, problems);
        HoldingParty owned = party(row, col, "owned", knownReference, problems);
        Percent percent = null;
        String p = cell(row, col, "percent");
        if (p == null) {
            percent = Percent.NOT_STATED;
        } else {
            try {
                BigDecimal v = new BigDecimal(p.endsWith("%") ? p.substring(0, p.length() - 1).strip() : p);
                if (!Percent.inRange(v)) {
                    problems.add(new OwnershipFileException.Problem(line, "percent " + p + " is outside 0–100"));
                } else {
                    percent = Percent.exactly(v);
                }
            } catch (NumberFormatException e) {
                problems.add(new OwnershipFileException.Problem(line, "percent '" + p + "' is not a number (0–100, decimals allowed)"));
            }
        }
        LocalDate asOf = date(row, col, "as_of", true, problems);
        LocalDate from = date(row, col, "valid_from", false, problems);
        LocalDate to = date(row, col, "valid_to", false, problems);
        String source = cell(row, col, "source");
        if (source == null) problems.add(new OwnershipFileException.Problem(line, "missing source: every holding names where it is documented"));
        if (from == null) from = asOf;
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new OwnershipFileException.Problem(line, "valid_to " + to + " is before valid_from " + from));
        }
        if (problems.size() > before) return null;
        return new Holding(line, owner, owned, percent, asOf, from, to, source);
    }

    private static HoldingParty party(CsvReader.Row row, Map<String, Integer> col, String end,
                                      Predicate<String> knownReference, List<OwnershipFileException.Problem> problems) {
        String name = cell(row, col, end);
        String id = cell(row, col, end + "_id");
        String country = cell(row, col, end + "_country");
        if (country != null) {
            String code = Countries.code(country);
            if (code == null) {
                problems.add(new OwnershipFileException.Problem(row.line(), end + "_country '" + country + "' is not a country"));
                return null;
            }
            country = code;
        }
        if (name == null) {
            problems.add(new OwnershipFileException.Problem(row.line(), "missing " + end + ": a name or LIST:ENTRY_ID"));
            return null;
        }
        String ref = null;
        if (HoldingParty.isReference(name)) {
            if (!knownReference.test(name)) {
                problems.add(new OwnershipFileException.Problem(row.line(), end + " " + name
                        + ": no such entry in the current lists (a reference is LIST:ENTRY_ID as screen --json prints list and entity_id)"));
                return null;
            }
            ref = name;
        }
        return new HoldingParty(name, ref, id, country);
    }

    private static String cell(CsvReader.Row row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        if (i == null || i >= row.size() || row.get(i) == null) return null;
        String v = row.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    private static LocalDate date(CsvReader.Row row, Map<String, Integer> col, String name, boolean required,
                                  List<OwnershipFileException.Problem> problems) {
        String v = cell(row, col, name);
        if (v == null) {
            if (required) problems.add(new OwnershipFileException.Problem(row.line(), "missing " + name + " (YYYY-MM-DD)"));
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(new OwnershipFileException.Problem(row.line(), name + " '" + v + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    /**
     * An owned party whose holders' stated shares (the low end of each) sum above 100% on any date: every holding in
     * force then is named. Shares are summed by owned party (its id, reference, or name and country).
     */
    static void overHundred(List<Holding> holdings, List<OwnershipFileException.Problem> problems) {
        Map<String, List<Holding>> byOwned = new HashMap<>();
        for (Holding h : holdings) byOwned.computeIfAbsent(h.owned().key(), k -> new ArrayList<>(2)).add(h);
        for (List<Holding> group : byOwned.values()) {
            if (group.size() < 2) continue;
            BigDecimal all = BigDecimal.ZERO;
            for (Holding h : group) all = all.add(h.percent().low());
            if (all.compareTo(Percent.HUNDRED) <= 0) continue;
            Set<LocalDate> starts = new java.util.TreeSet<>();
            for (Holding h : group) starts.add(h.validFrom());
            for (LocalDate d : starts) {   // the sum can only rise where a holding starts
                BigDecimal sum = BigDecimal.ZERO;
                List<Holding> on = new ArrayList<>();
                for (Holding h : group) {
                    if (h.inForce(d)) {
                        sum = sum.add(h.percent().low());
                        on.add(h);
                    }
                }
                if (sum.compareTo(Percent.HUNDRED) > 0) {
                    Holding last = on.get(on.size() - 1);
                    problems.add(new OwnershipFileException.Problem(last.line(), "the holders of " + last.owned().label()
                            + " sum to " + sum.stripTrailingZeros().toPlainString() + "% on " + d + " (lines "
                            + String.join(", ", on.stream().map(h -> Long.toString(h.line())).toList()) + ")"));
                    break;
                }
            }
        }
        problems.sort(java.util.Comparator.comparingLong(OwnershipFileException.Problem::line));
    }
}
