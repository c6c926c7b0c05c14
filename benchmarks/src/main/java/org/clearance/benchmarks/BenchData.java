package org.clearance.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clearance.screening.list.ListEntry;
import org.clearance.screening.list.ParsedList;
import org.clearance.screening.match.ListVersionRef;
import org.clearance.screening.match.Screener;
import org.clearance.screening.match.ScreeningList;
import org.clearance.screening.parse.ShippedLists;

/** The shipped lists and deterministic query mixes for the benchmarks. */
final class BenchData {

    private static final String[] GIVEN = {"James", "Maria", "Wei", "Olga", "Ahmed", "John", "Li", "Sergei", "Ana",
            "Mohammed", "Elena", "David", "Fatima", "Carlos", "Yuki", "Ivan", "Sarah", "Omar", "Chen", "Dmitry"};
    private static final String[] FAMILY = {"Smith", "Garcia", "Zhang", "Ivanova", "Hassan", "Brown", "Wang",
            "Petrov", "Lopez", "Ali", "Novak", "Miller", "Khan", "Rossi", "Tanaka", "Kuznetsov", "Jones", "Haddad",
            "Liu", "Sokolov"};
    private static final String[] COMPANY = {"Northern Lights Trading", "Acme Widgets", "Blue River Logistics",
            "Pacific Semiconductor Supply", "Golden Dragon Electronics", "Baltic Shipping", "Sunrise Technology",
            "Orion Instruments", "Delta Microsystems", "Silverline Components"};

    private BenchData() {
    }

    static List<ScreeningList> shippedLists() {
        List<ScreeningList> lists = new ArrayList<>();
        long id = 1;
        for (ShippedLists.Shipped s : ShippedLists.all()) {
            ParsedList p = s.parse();
            lists.add(new ScreeningList(new ListVersionRef(id++, p.feed(), s.published(), p.contentHash()), p.entries()));
        }
        return lists;
    }

    static Screener screener() {
        return Screener.build(shippedLists());
    }

    /**
     * A realistic mix: half listed names (a quarter of them with one letter dropped), a quarter ordinary personal
     * names, a quarter ordinary company names with legal forms.
     */
    static List<String> typicalQueries(int n) {
        List<ListEntry> entries = new ArrayList<>();
        for (ScreeningList l : shippedLists()) entries.addAll(l.entries());
        Random r = new Random(7);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; out.size() < n; i++) {
            switch (i % 4) {
                case 0 -> {
                    String name = entries.get(r.nextInt(entries.size())).name();
                    if (name.chars().anyMatch(Character::isLetter)) out.add(name);
                }
                case 1 -> {
                    String name = entries.get(r.nextInt(entries.size())).name();
                    int at = 1 + r.nextInt(Math.max(1, name.length() - 2));
                    String dropped = name.substring(0, at) + name.substring(Math.min(name.length(), at + 1));
                    if (dropped.chars().anyMatch(Character::isLetter)) out.add(dropped);
                }
                case 2 -> out.add(GIVEN[r.nextInt(GIVEN.length)] + " " + FAMILY[r.nextInt(FAMILY.length)]);
                default -> out.add(COMPANY[r.nextInt(COMPANY.length)] + " " + new String[] {"Co., Ltd.", "LLC", "GmbH", "Inc."}[r.nextInt(4)]);
            }
        }
        return out;
    }

    /** Names sharing no token with any list (made-up syllables): every token must be found by fuzzy expansion. */
    static List<String> noSharedTokenQueries(int n, Screener screener) {
        String[] syllables = {"xao", "ling", "qu", "vor", "zel", "tam", "brix", "ulo", "kesh", "pry", "dun", "mav", "oth"};
        Random r = new Random(11);
        List<String> out = new ArrayList<>(n);
        while (out.size() < n) {
            String a = syllables[r.nextInt(syllables.length)] + syllables[r.nextInt(syllables.length)];
            String b = syllables[r.nextInt(syllables.length)] + syllables[r.nextInt(syllables.length)];
            out.add(Character.toUpperCase(a.charAt(0)) + a.substring(1) + " " + Character.toUpperCase(b.charAt(0)) + b.substring(1));
        }
        out.set(0, "Xao Ling");
        return out;
    }
}
