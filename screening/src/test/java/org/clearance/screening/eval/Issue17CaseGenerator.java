package org.clearance.screening.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearance.screening.list.Alias;
import org.clearance.screening.list.EntityType;
import org.clearance.screening.list.ListEntry;
import org.clearance.screening.parse.ShippedLists;

/**
 * Writes {@code src/test/resources/evaluation/cases-issue17.tsv}: cases of every class issue 17 names, made from the
 * shipped lists by the rules stated on each method, and from sourced references (Chinese Commercial Codes in the SDN
 * remarks read through Unihan's {@code kMainlandTelegraph}; {@code chinese-orgs.tsv}, written from the parties' own
 * published names). Like {@link EvaluationSetGenerator} it calls none of the matcher's code and none of its tables
 * (the abbreviation table below is the Bluebook's, not {@code abbreviations.tsv}). Fixed seed; run once, commit, never
 * regenerate to improve a score — new cases are appended by a new rule, and fall on a side of the split by their id.
 *
 * <pre>java -cp ... org.clearance.screening.eval.Issue17CaseGenerator OUT.tsv Unihan_OtherMappings.txt</pre>
 * (Unihan from the Debian package unicode-data 15.0.0, /usr/share/unicode/Unihan_OtherMappings.txt.bz2, unpacked.)
 */
public final class Issue17CaseGenerator {

    /** Words the issue calls generic, and their company: they never make a near-collision's distinctive word. */
    static final Set<String> GENERIC = Set.of("state", "enterprise", "joint", "stock", "company", "bank", "trading",
            "trade", "research", "institute", "technology", "technologies", "commercial", "sea", "port", "investment",
            "group", "corporation", "limited", "ltd", "co", "llc", "jsc", "ojsc", "pjsc", "ao", "ooo", "oao", "zao",
            "international", "industrial", "industry", "industries", "public", "open", "closed", "federal", "unitary",
            "scientific", "production", "association", "plant", "factory", "of", "and", "the", "development",
            "engineering", "electronics", "electronic", "holding", "holdings", "shipping", "management", "services",
            "systems", "center", "centre", "design", "bureau", "national", "general", "import", "export", "liability");

    /**
     * Proper nouns of one kind, to swap for one another: the provincial capitals and largest cities of China, the
     * largest cities of Russia, Iran and Syria (Wikipedia, "List of cities in China by population", "List of cities
     * and towns in Russia by population", "List of cities in Iran by province", "List of cities in Syria").
     */
    static final List<List<String>> PLACES = List.of(
            List.of("Beijing", "Shanghai", "Tianjin", "Chongqing", "Guangzhou", "Shenzhen", "Chengdu", "Wuhan", "Xian",
                    "Nanjing", "Hangzhou", "Shenyang", "Harbin", "Changchun", "Dalian", "Qingdao", "Jinan", "Zhengzhou",
                    "Changsha", "Kunming", "Guiyang", "Nanning", "Fuzhou", "Xiamen", "Hefei", "Nanchang", "Taiyuan",
                    "Shijiazhuang", "Lanzhou", "Xining", "Yinchuan", "Urumqi", "Hohhot", "Haikou", "Suzhou", "Wuxi",
                    "Ningbo", "Dongguan", "Foshan", "Zhuhai", "Mianyang", "Baotou", "Luoyang", "Yantai", "Weihai"),
            List.of("Moscow", "Petersburg", "Novosibirsk", "Yekaterinburg", "Kazan", "Samara", "Omsk", "Chelyabinsk",
                    "Rostov", "Ufa", "Volgograd", "Perm", "Krasnoyarsk", "Voronezh", "Saratov", "Krasnodar", "Tolyatti",
                    "Izhevsk", "Ulyanovsk", "Barnaul", "Vladivostok", "Yaroslavl", "Irkutsk", "Tyumen", "Khabarovsk",
                    "Orenburg", "Novokuznetsk", "Ryazan", "Tomsk", "Penza", "Astrakhan", "Lipetsk", "Tula", "Kirov",
                    "Kaliningrad", "Bryansk", "Kursk", "Magnitogorsk", "Tver", "Sevastopol", "Novorossiysk", "Murmansk",
                    "Arkhangelsk", "Smolensk", "Kaluga", "Vladimir", "Belgorod", "Sochi", "Taganrog", "Kostroma"),
            List.of("Tehran", "Mashhad", "Isfahan", "Karaj", "Shiraz", "Tabriz", "Qom", "Ahvaz", "Kermanshah", "Urmia",
                    "Rasht", "Zahedan", "Kerman", "Hamadan", "Yazd", "Ardabil", "Bandar", "Arak", "Zanjan", "Qazvin"),
            List.of("Damascus", "Aleppo", "Homs", "Latakia", "Hama", "Tartus", "Deir", "Raqqa", "Idlib", "Daraa"));

    /**
     * Business abbreviations from The Bluebook, Table T6 ("Case names and institutional authors"), and the
     * abbreviations clerks type without its apostrophes: word → its short forms.
     */
    static final Map<String, List<String>> ABBREVIATIONS = new LinkedHashMap<>();

    static {
        String[][] t = {{"Company", "Co"}, {"Corporation", "Corp"}, {"International", "Int'l", "Intl"},
                {"Manufacturing", "Mfg"}, {"Association", "Ass'n", "Assn"}, {"Industries", "Indus", "Inds"},
                {"Industrial", "Indus"}, {"Technology", "Tech"}, {"Technologies", "Techs", "Tech"},
                {"Engineering", "Eng'g", "Engg"}, {"Scientific", "Sci"}, {"Science", "Sci"}, {"Research", "Rsch", "Res"},
                {"Institute", "Inst"}, {"University", "Univ"}, {"National", "Nat'l", "Natl"}, {"Academy", "Acad"},
                {"Department", "Dep't", "Dept"}, {"Trading", "Trdg"}, {"General", "Gen"}, {"Electronics", "Elecs"},
                {"Electronic", "Elec"}, {"Development", "Dev"}, {"Equipment", "Equip"}, {"Limited", "Ltd"},
                {"Incorporated", "Inc"}, {"Brothers", "Bros"}, {"Services", "Servs"}, {"Systems", "Sys"},
                {"Production", "Prod"}, {"Enterprise", "Enter"}, {"Communications", "Commc'ns", "Comms"},
                {"Aviation", "Aviat"}, {"Chemical", "Chem"}, {"Machinery", "Mach"}, {"Instrument", "Instr"}};
        for (String[] r : t) ABBREVIATIONS.put(r[0].toLowerCase(Locale.ROOT), List.of(r).subList(1, r.length));
    }

    private final Random random = new Random(20261207L);
    private final List<ListEntry> entries = new ArrayList<>();
    private final Map<String, Set<String>> keysByName = new HashMap<>();
    private final Set<String> listedKeys = new HashSet<>();
    private final Set<String> listedWords = new HashSet<>();
    private final Map<String, Set<String>> givenBySurname = new HashMap<>();
    private final List<String[]> cases = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "screening/src/test/resources/evaluation/cases-issue17.tsv");
        Path unihan = Path.of(args.length > 1 ? args[1] : "/tmp/h17-unihan/Unihan_OtherMappings.txt");
        new Issue17CaseGenerator().run(out, unihan);
    }

    private void run(Path out, Path unihan) throws IOException {
        for (ShippedLists.Shipped s : ShippedLists.all()) entries.addAll(s.parse().entries());
        for (ListEntry e : entries) {
            keysByName.computeIfAbsent(e.list() + "|" + plain(e.name()), k -> new LinkedHashSet<>())
                    .add(e.list() + ":" + e.entityId());
            for (Alias a : e.names()) {
                String p = plain(a.name());
                listedKeys.add(p);
                listedKeys.add(String.join(" ", reversed(p)));
                listedWords.addAll(List.of(p.split(" ")));
                if (e.type() == EntityType.INDIVIDUAL && a.name().contains(",")) {
                    String surname = plain(a.name().substring(0, a.name().indexOf(',')));
                    for (String g : plain(a.name().substring(a.name().indexOf(',') + 1)).split(" ")) {
                        givenBySurname.computeIfAbsent(surname, k -> new HashSet<>()).add(g);
                    }
                }
            }
        }
        placeNearCollisions(150);
        personNearCollisions(150);
        abbreviations(150);
        personVariants(150);
        cyrillicOrganisations(80);
        cyrillicPersons(100);
        arabicPersons(100);
        chinesePersons(unihan);
        numberedChineseInstitutes();
        handWrittenChineseOrganisations();
        StringBuilder sb = new StringBuilder();
        sb.append("# Issue 17 evaluation cases, generated by Issue17CaseGenerator (seed 20261207) from the shipped lists.\n");
        sb.append("# kind\tquery\tcountry\ttype\texpected (list:entity_id|..., or - for none)\tnote\n");
        for (String[] c : cases) sb.append(String.join("\t", c)).append('\n');
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String[] c : cases) counts.merge(c[0], 1, Integer::sum);
        System.out.println(out + ": " + cases.size() + " cases " + counts);
    }

    /**
     * Near-collision (negative): an organisation name holding a place name of {@link #PLACES} with that place swapped
     * for another of the same country, every other word kept (the generic words agree, the distinctive one differs:
     * "Sevastopol Commercial Sea Port" → "Novorossiysk Commercial Sea Port"). Skipped when the result is listed.
     */
    private void placeNearCollisions(int n) {
        int made = 0;
        Set<String> seen = new HashSet<>();
        for (ListEntry e : shuffled(entries)) {
            if (made >= n) break;
            if (e.type() == EntityType.INDIVIDUAL || words(e.name()).size() < 3) continue;
            for (List<String> places : PLACES) {
                String found = null;
                for (String p : places) {
                    if (Pattern.compile("(?i)\\b" + p + "\\b").matcher(e.name()).find()) found = p;
                }
                if (found == null) continue;
                String other = places.get(random.nextInt(places.size()));
                if (other.equals(found)) continue;
                String q = e.name().replaceAll("(?i)\\b" + found + "\\b", caseLike(e.name(), other));
                String p = plain(q);
                if (listedKeys.contains(p) || !seen.add(p)) continue;
                cases.add(new String[] {"near_collision_place", q, "", "", "-", "place " + found + " → " + other + ": "
                        + e.list() + ":" + e.entityId()});
                made++;
                break;
            }
        }
    }

    /**
     * Near-collision of persons (negative). Half: a listed "SURNAME, Given …" with its first given name replaced by
     * the first given name of another listed individual that is not the same name, not a prefix of it either way,
     * and at least two edits away, and that no listed individual of that surname carries ("Zhang Wei" against
     * "ZHANG, Weiming"). Half: the given names kept and the surname replaced by another listed surname that
     * starts with the same four letters and is at least three edits away (not a typo, not the feminine -a) ("Ivan Petrov" against "PETROVSKY, Ivan Sergeyevich"). Written "Given SURNAME".
     */
    private void personNearCollisions(int n) {
        List<ListEntry> people = entries.stream()
                .filter(e -> e.type() == EntityType.INDIVIDUAL && e.name().contains(",")).toList();
        List<String> givens = new ArrayList<>();
        List<String> surnames = new ArrayList<>(new java.util.TreeSet<>(givenBySurname.keySet()));
        for (ListEntry e : people) {
            String[] g = plain(e.name().substring(e.name().indexOf(',') + 1)).split(" ");
            if (g[0].length() >= 3) givens.add(g[0]);
        }
        int made = 0;
        Set<String> seen = new HashSet<>();
        for (ListEntry e : shuffled(people)) {
            if (made >= n) break;
            String surname = plain(e.name().substring(0, e.name().indexOf(',')));
            List<String> given = new ArrayList<>(List.of(plain(e.name().substring(e.name().indexOf(',') + 1)).split(" ")));
            if (given.get(0).length() < 2 || surname.length() < 3) continue;
            String query;
            String note;
            if (made % 2 == 0) {
                String g = givens.get(random.nextInt(givens.size()));
                String old = given.get(0);
                if (g.equals(old) || g.startsWith(old) || old.startsWith(g) || editDistance(g, old) < 2
                        || givenBySurname.getOrDefault(surname, Set.of()).contains(g)) continue;
                given.set(0, g);
                query = title(String.join(" ", given)) + " " + title(surname);
                note = "given name " + old + " → " + g;
            } else {
                String prefix = surname.length() >= 4 ? surname.substring(0, 4) : null;
                if (prefix == null) continue;
                List<String> others = surnames.stream()
                        .filter(s -> s.startsWith(prefix) && !s.contains(" ") && editDistance(s, surname) >= 3).toList();
                if (others.isEmpty()) continue;
                String s = others.get(random.nextInt(others.size()));
                if (givenBySurname.getOrDefault(s, Set.of()).contains(given.get(0))) continue;
                query = title(String.join(" ", given)) + " " + title(s);
                note = "surname " + surname + " → " + s;
            }
            String p = plain(query);
            if (listedKeys.contains(p) || !seen.add(p)) continue;
            cases.add(new String[] {"near_collision_person", query, "", "individual", "-", note + ": " + e.list() + ":" + e.entityId()});
            made++;
        }
    }

    /**
     * Abbreviation (positive): every word of {@link #ABBREVIATIONS} in an organisation name shortened to one of its
     * short forms, with a period or without, the whole name then upper-cased, lower-cased or left (names with at
     * least one such word; "National Research Institute" → "NATL. RES. INST.").
     */
    private void abbreviations(int n) {
        int made = 0;
        for (ListEntry e : shuffled(entries)) {
            if (made >= n) break;
            if (e.type() == EntityType.INDIVIDUAL) continue;
            boolean period = random.nextBoolean();
            StringBuilder q = new StringBuilder();
            int changed = 0;
            for (String w : e.name().split(" ")) {
                String core = w.replaceAll("[^\\p{L}]", "");
                List<String> shorts = ABBREVIATIONS.get(core.toLowerCase(Locale.ROOT));
                if (shorts != null && !core.isEmpty()) {
                    String s = shorts.get(random.nextInt(shorts.size()));
                    w = w.replace(core, s + (period && !s.contains("'") ? "." : ""));
                    changed++;
                }
                if (!q.isEmpty()) q.append(' ');
                q.append(w);
            }
            if (changed == 0) continue;
            String query = switch (random.nextInt(3)) {
                case 0 -> q.toString().toUpperCase(Locale.ROOT);
                case 1 -> q.toString().toLowerCase(Locale.ROOT);
                default -> q.toString();
            };
            add("abbreviation_table", query, "", e, changed + " words");
            made++;
        }
    }

    /**
     * Person variants (positive): a listed individual "SURNAME, Given Middle …" (two or more given names) written
     * "Given SURNAME" (middle names or patronymic dropped) or "Given M. SURNAME" (middle names as initials).
     */
    private void personVariants(int n) {
        int made = 0;
        for (ListEntry e : shuffled(entries)) {
            if (made >= n) break;
            if (e.type() != EntityType.INDIVIDUAL || !e.name().contains(",")) continue;
            String surname = e.name().substring(0, e.name().indexOf(',')).strip();
            List<String> given = words(e.name().substring(e.name().indexOf(',') + 1));
            if (given.size() < 2 || surname.isEmpty()) continue;
            String query;
            if (random.nextBoolean()) {
                query = given.get(0) + " " + surname;
            } else {
                StringBuilder sb = new StringBuilder(given.get(0));
                for (String m : given.subList(1, given.size())) sb.append(' ').append(Character.toUpperCase(m.charAt(0))).append('.');
                query = sb + " " + surname;
            }
            add("person_variant", query, "", e, "");
            made++;
        }
    }

    private static final String[][] RUSSIAN_FORMS = {
            {"LIMITED LIABILITY COMPANY", "ООО"}, {"OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU", "ООО"},
            {"PUBLIC JOINT STOCK COMPANY", "ПАО"}, {"CLOSED JOINT STOCK COMPANY", "ЗАО"},
            {"OPEN JOINT STOCK COMPANY", "ОАО"}, {"JOINT STOCK COMPANY", "АО"}, {"JOINT-STOCK COMPANY", "АО"},
            {"FEDERAL STATE UNITARY ENTERPRISE", "ФГУП"}, {"OOO", "ООО"}, {"LLC", "ООО"}, {"PJSC", "ПАО"},
            {"PAO", "ПАО"}, {"ZAO", "ЗАО"}, {"CJSC", "ЗАО"}, {"OAO", "ОАО"}, {"OJSC", "ОАО"}, {"JSC", "АО"},
            {"AO", "АО"}, {"FSUE", "ФГУП"}, {"FGUP", "ФГУП"}};

    /**
     * Cyrillic organisations (positive): a Russian entity whose name is a legal form and a romanised Russian body
     * (no word of {@link #GENERIC}, i.e. not an English translation), written back in Cyrillic by the hand rules of
     * {@link EvaluationSetGenerator#toCyrillic} with the Russian abbreviation of its legal form (ООО, АО, ПАО, ЗАО,
     * ОАО, ФГУП) before it, the body in «», or after it.
     */
    private void cyrillicOrganisations(int n) {
        int made = 0;
        for (ListEntry e : shuffled(entries)) {
            if (made >= n) break;
            if (e.type() == EntityType.INDIVIDUAL || !russian(e)) continue;
            String upper = e.name().toUpperCase(Locale.ROOT).replaceAll("[\"'«»“”]", "").strip();
            String form = null;
            String body = null;
            for (String[] f : RUSSIAN_FORMS) {
                Matcher m = Pattern.compile("^(" + Pattern.quote(f[0]) + ")[ ,]+(.+)$|^(.+?)[ ,]+(" + Pattern.quote(f[0]) + ")$").matcher(upper);
                if (m.find()) {
                    form = f[1];
                    body = m.group(2) != null ? m.group(2) : m.group(3);
                    break;
                }
            }
            if (body == null) continue;
            List<String> bw = List.of(plain(body).split(" "));
            if (bw.isEmpty() || bw.size() > 3 || bw.stream().anyMatch(w -> GENERIC.contains(w) || w.length() < 3)) continue;
            String cyr = EvaluationSetGenerator.toCyrillic(String.join(" ", bw));
            String query = switch (random.nextInt(3)) {
                case 0 -> form + " «" + cyr + "»";
                case 1 -> form + " " + cyr.toUpperCase(Locale.ROOT);
                default -> cyr + ", " + form;
            };
            add("cyrillic_org", query, "", e, form);
            made++;
        }
    }

    /**
     * Cyrillic persons (positive): a Russian individual "SURNAME, Given Patronymic" written in Cyrillic by the hand
     * rules, in the Russian official order "Surname Given Patronymic", or "Given Surname" (patronymic dropped).
     */
    private void cyrillicPersons(int n) {
        int made = 0;
        for (ListEntry e : shuffled(entries)) {
            if (made >= n) break;
            if (e.type() != EntityType.INDIVIDUAL || !russian(e) || !e.name().contains(",")) continue;
            String surname = e.name().substring(0, e.name().indexOf(',')).strip();
            List<String> given = words(e.name().substring(e.name().indexOf(',') + 1));
            if (given.size() < 2) continue;
            String latin = random.nextBoolean() ? surname + " " + String.join(" ", given) : given.get(0) + " " + surname;
            add("cyrillic_person", EvaluationSetGenerator.toCyrillic(latin), "", e, latin);
            made++;
        }
    }

    private static final Set<String> ARAB_COUNTRIES = Set.of("SY", "IQ", "LB", "YE", "SA", "AE", "EG", "JO", "KW",
            "QA", "BH", "OM", "LY", "SD", "PS", "DZ", "MA", "TN");

    /**
     * Common elements of Arabic personal names and their usual Arabic spelling (Wikipedia, "Arabic name" and the
     * articles of each name); other words are written letter by letter by the rules of {@link #arabicLetters}.
     */
    private static final Map<String, String> ARABIC_ELEMENTS = new HashMap<>();

    static {
        String[][] t = {{"muhammad", "محمد"}, {"mohammad", "محمد"}, {"mohammed", "محمد"}, {"muhammed", "محمد"},
                {"mohamed", "محمد"}, {"ahmad", "أحمد"}, {"ahmed", "أحمد"}, {"ali", "علي"}, {"hassan", "حسن"},
                {"hasan", "حسن"}, {"husayn", "حسين"}, {"hussein", "حسين"}, {"husain", "حسين"}, {"abd", "عبد"},
                {"abdul", "عبد"}, {"abdel", "عبد"}, {"allah", "الله"}, {"abdallah", "عبدالله"}, {"abdullah", "عبدالله"},
                {"al", "ال"}, {"bin", "بن"}, {"ibn", "بن"}, {"bint", "بنت"}, {"abu", "أبو"}, {"umar", "عمر"},
                {"omar", "عمر"}, {"khalid", "خالد"}, {"khaled", "خالد"}, {"yusuf", "يوسف"}, {"youssef", "يوسف"},
                {"ibrahim", "إبراهيم"}, {"ismail", "إسماعيل"}, {"mahmud", "محمود"}, {"mahmoud", "محمود"},
                {"mustafa", "مصطفى"}, {"salim", "سالم"}, {"said", "سعيد"}, {"saeed", "سعيد"}, {"rahman", "الرحمن"},
                {"aziz", "العزيز"}, {"karim", "كريم"}, {"nasser", "ناصر"}, {"nasir", "ناصر"}, {"jamal", "جمال"},
                {"salah", "صلاح"}, {"faisal", "فيصل"}, {"hamad", "حمد"}, {"hamid", "حميد"}, {"rashid", "راشد"},
                {"sulayman", "سليمان"}, {"suleiman", "سليمان"}, {"yasin", "ياسين"}, {"musa", "موسى"}, {"isa", "عيسى"},
                {"adel", "عادل"}, {"adil", "عادل"}, {"tariq", "طارق"}, {"walid", "وليد"}, {"majid", "ماجد"},
                {"samir", "سمير"}, {"zayd", "زيد"}, {"zaid", "زيد"}, {"fatima", "فاطمة"}, {"khalil", "خليل"}};
        for (String[] r : t) ARABIC_ELEMENTS.put(r[0], r[1]);
    }

    /**
     * Arabic script (positive): an individual of an Arab country (nationality, citizenship or address) written
     * "Given … SURNAME" in Arabic script: known name elements from {@link #ARABIC_ELEMENTS}, "al-X" as "الX", the
     * rest letter by letter.
     */
    private void arabicPersons(int n) {
        int made = 0;
        for (ListEntry e : shuffled(entries)) {
            if (made >= n) break;
            if (e.type() != EntityType.INDIVIDUAL || !e.name().contains(",")) continue;
            if (e.allCountries().stream().noneMatch(ARAB_COUNTRIES::contains)) continue;
            String latin = e.name().substring(e.name().indexOf(',') + 1).strip() + " " + e.name().substring(0, e.name().indexOf(',')).strip();
            StringBuilder q = new StringBuilder();
            for (String w : plain(latin.replace("'", "").replace("’", "")).split(" ")) {
                String a = ARABIC_ELEMENTS.get(w);
                if (a == null) a = arabicLetters(w);
                if (a.isEmpty()) continue;
                if (!q.isEmpty() && !q.toString().endsWith("ال")) q.append(' ');
                q.append(a);
            }
            if (q.isEmpty()) continue;
            add("arabic_person", q.toString(), "", e, latin);
            made++;
        }
    }

    /** Latin letters of an Arabic name to Arabic letters: digraphs first, short vowels inside a word dropped. */
    static String arabicLetters(String w) {
        String[][] multi = {{"kh", "خ"}, {"sh", "ش"}, {"th", "ث"}, {"dh", "ذ"}, {"gh", "غ"}, {"ou", "و"}, {"oo", "و"},
                {"ee", "ي"}, {"aa", "ا"}, {"ai", "ي"}, {"ay", "ي"}};
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < w.length()) {
            boolean done = false;
            for (String[] m : multi) {
                if (w.startsWith(m[0], i)) {
                    out.append(m[1]);
                    i += m[0].length();
                    done = true;
                    break;
                }
            }
            if (done) continue;
            char c = w.charAt(i);
            boolean first = i == 0;
            boolean last = i == w.length() - 1;
            i++;
            out.append(switch (c) {
                case 'a' -> first ? "ا" : last ? "ا" : "";
                case 'e' -> first ? "ا" : last ? "ه" : "";
                case 'i' -> first ? "ا" : "ي";
                case 'o', 'u' -> first ? "ا" : "و";
                case 'b' -> "ب"; case 't' -> "ت"; case 'j' -> "ج"; case 'h' -> "ح"; case 'd' -> "د"; case 'r' -> "ر";
                case 'z' -> "ز"; case 's' -> "س"; case 'f' -> "ف"; case 'q' -> "ق"; case 'k' -> "ك"; case 'l' -> "ل";
                case 'm' -> "م"; case 'n' -> "ن"; case 'w', 'v' -> "و"; case 'y' -> "ي"; case 'g' -> "ج"; case 'p' -> "ب";
                case 'c' -> "ك"; case 'x' -> "كس";
                default -> "";
            });
        }
        return out.toString();
    }

    /**
     * Chinese persons (positive): SDN individuals whose remarks give a Chinese Commercial Code, each four-digit code
     * read as its character through Unihan's {@code kMainlandTelegraph} (Unicode, Inc.; Unicode licence), written in
     * characters, surname first, as the code lists them.
     */
    private void chinesePersons(Path unihan) throws IOException {
        Map<String, String> telegraph = new HashMap<>();
        for (String line : Files.readAllLines(unihan)) {
            if (line.startsWith("#") || !line.contains("kMainlandTelegraph")) continue;
            String[] f = line.split("\t");
            telegraph.put(f[2].strip(), new String(Character.toChars(Integer.parseInt(f[0].substring(2), 16))));
        }
        Pattern ccc = Pattern.compile("Chinese Commercial Code ((?:\\d{4} ?)+)");
        for (ListEntry e : entries) {
            if (e.type() != EntityType.INDIVIDUAL || e.remarks() == null) continue;
            Matcher m = ccc.matcher(e.remarks());
            if (!m.find()) continue;
            StringBuilder q = new StringBuilder();
            for (String code : m.group(1).strip().split(" ")) {
                String c = telegraph.get(code);
                if (c == null) throw new IllegalStateException("no character for CCC " + code + " of " + e.name());
                q.append(c);
            }
            add("chinese_person", q.toString(), "", e, "CCC " + m.group(1).strip());
        }
    }

    /**
     * Numbered units of the state groups (positive): a listed "… (CASC) 1st Academy 12 Research Institute",
     * "… (CASIC) 3rd Academy, 33 Research Institute", "… (CETC 29) Research Institute" written as the groups write
     * them: the group's registered Chinese name, 第 + the academy's number in Chinese numerals + 研究院, 第 + the
     * institute's number + 研究所 (three-digit numbers digit by digit, 〇 for zero), a factory's number + 厂.
     */
    private void numberedChineseInstitutes() {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("CASIC", "中国航天科工集团有限公司");
        groups.put("CASC", "中国航天科技集团有限公司");
        groups.put("CETC", "中国电子科技集团公司");
        Pattern academy = Pattern.compile("(?i)(\\d+)(st|nd|rd|th)? Academy");
        Pattern institute = Pattern.compile("(?i)(?:academy[,?'s ]*|No\\. |CETC |Corporation )(\\d+)\\)? ?(?:\\(CETC \\d+\\) )?(Research Institute|Factory)");
        Pattern leading = Pattern.compile("(?i)^(\\d+)(st|nd|rd|th) Research Institute of China");
        for (ListEntry e : entries) {
            String name = e.name();
            String group = null;
            for (String g : groups.keySet()) if (name.contains("(" + g) || name.contains("Electronic Technology Group") || name.contains("Electronics Technology Group")) {
                group = name.contains("Electronic") ? "CETC" : g;
                break;
            }
            Matcher lead = leading.matcher(name);
            if (lead.find()) group = "CETC";
            if (group == null) continue;
            StringBuilder zh = new StringBuilder(groups.get(group));
            Matcher a = academy.matcher(name);
            if (a.find()) zh.append('第').append(chineseNumber(Integer.parseInt(a.group(1)))).append("研究院");
            Matcher i = institute.matcher(name);
            if (lead.find(0)) {
                zh.append('第').append(chineseNumber(Integer.parseInt(lead.group(1)))).append("研究所");
            } else if (i.find()) {
                int number = Integer.parseInt(i.group(1));
                zh.append(i.group(2).equalsIgnoreCase("Factory") ? digits(number) + "厂"
                        : "第" + (number >= 100 ? digits(number) : chineseNumber(number)) + "研究所");
            } else if (!a.find(0)) {
                continue; // the group itself: its Chinese name is in the engine's native-name table
            }
            add("chinese_org_numbered", zh.toString(), "", e, "rule: group + 第N研究院/研究所");
        }
    }

    /** Hand-written Chinese names from {@code chinese-orgs.tsv}, each with the source it was taken from. */
    private void handWrittenChineseOrganisations() throws IOException {
        try (InputStream in = Issue17CaseGenerator.class.getResourceAsStream("/evaluation/chinese-orgs.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                Set<String> keys = keysByName.get(f[0] + "|" + plain(f[1]));
                if (keys == null) throw new IllegalStateException("chinese-orgs.tsv: no " + f[0] + " entry named '" + f[1] + "'");
                cases.add(new String[] {"chinese_org", f[2], "", "", String.join("|", keys), f[3] + "; " + f[4]});
            }
        }
    }

    static String chineseNumber(int n) {
        String d = "〇一二三四五六七八九";
        if (n < 10) return String.valueOf(d.charAt(n));
        if (n < 20) return "十" + (n % 10 == 0 ? "" : d.charAt(n % 10));
        if (n < 100) return "" + d.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : d.charAt(n % 10));
        return digits(n);
    }

    static String digits(int n) {
        String d = "〇一二三四五六七八九";
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) sb.append(d.charAt(c - '0'));
        return sb.toString();
    }

    private void add(String kind, String query, String type, ListEntry e, String note) {
        Set<String> keys = keysByName.get(e.list() + "|" + plain(e.name()));
        cases.add(new String[] {kind, query.replace('\t', ' '), "", type, String.join("|", keys),
                (e.list() + " " + e.name() + (note.isEmpty() ? "" : "; " + note)).replace('\t', ' ')});
    }

    private <T> List<T> shuffled(List<T> from) {
        List<T> s = new ArrayList<>(from);
        Collections.shuffle(s, random);
        return s;
    }

    private static boolean russian(ListEntry e) {
        String programs = String.join(" ", e.programs());
        return programs.contains("RUSSIA") || programs.contains("UKRAINE-EO1366") || e.allCountries().contains("RU");
    }

    static String plain(String s) {
        return EvaluationSetGenerator.plain(s);
    }

    private static List<String> reversed(String p) {
        List<String> w = new ArrayList<>(List.of(p.split(" ")));
        Collections.reverse(w);
        return w;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.split("[\\s,;]+")) if (!w.isBlank()) out.add(w);
        return out;
    }

    private static String title(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : s.split(" ")) {
            if (w.isEmpty()) continue;
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return sb.toString();
    }

    private static String caseLike(String name, String word) {
        return name.equals(name.toUpperCase(Locale.ROOT)) ? word.toUpperCase(Locale.ROOT) : word;
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
