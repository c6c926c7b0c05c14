package org.clearance.screening.eval;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.datafaker.Faker;
import org.clearance.screening.list.Alias;
import org.clearance.screening.list.AliasKind;
import org.clearance.screening.list.EntityType;
import org.clearance.screening.list.ListEntry;
import org.clearance.screening.parse.ShippedLists;

/**
 * Writes the labelled evaluation set, {@code src/test/resources/evaluation/cases.tsv}, from the shipped lists: for
 * sampled entries, a query of each kind (exact, case and punctuation, typo, reordered, legal form dropped or changed,
 * abbreviated, alias, other romanisation, Cyrillic), the hand-written native-script cases, and hard negatives
 * (common personal names in seven locales and ordinary company names from datafaker, near-collisions of listed
 * names). The variants are made by rules written here, independently of the matcher's tables: none of its
 * normalisation, transliteration or legal-form code is called. Deterministic (fixed seed); run once, commit, never
 * regenerate to improve a score.
 *
 * <pre>./build.sh -pl screening -am test-compile -q &amp;&amp; java -cp ... org.clearance.screening.eval.EvaluationSetGenerator</pre>
 */
public final class EvaluationSetGenerator {

    private static final Pattern LEGAL_SUFFIX = Pattern.compile(
            "(?i)[, ]+(co\\.?,? ?ltd\\.?|company limited|company ltd\\.?|limited|ltd\\.?|llc|l\\.l\\.c\\.|inc\\.?|"
                    + "corporation|corp\\.?|gmbh|s\\.a\\.|sa|jsc|ojsc|ooo|oao|ao|pjsc|co\\.|company)$");
    private static final Pattern LEGAL_PREFIX = Pattern.compile(
            "(?i)^(limited liability company|joint stock company|open joint stock company|closed joint stock company|"
                    + "public joint stock company|joint-stock company|jsc|ooo|oao|ao|zao|pao) ");
    private static final String[] OTHER_FORMS = {"Co., Ltd.", "Limited", "LLC", "Inc.", "Corp.", "Company", "Ltd"};
    private static final String[][] ABBREVIATIONS = {{"International", "Intl"}, {"Technology", "Tech"},
            {"Technologies", "Tech"}, {"Corporation", "Corp"}, {"Company", "Co"}, {"Manufacturing", "Mfg"},
            {"University", "Univ"}, {"Industries", "Inds"}, {"Industrial", "Ind"}, {"Electronics", "Elec"},
            {"Engineering", "Eng"}, {"Institute", "Inst"}, {"Development", "Dev"}, {"Equipment", "Equip"},
            {"Science", "Sci"}, {"National", "Natl"}, {"Trading", "Trdg"}, {"Research", "Res"}, {"Academy", "Acad"}};

    private final Random random = new Random(20261128L);
    private final List<ListEntry> entries = new ArrayList<>();
    private final Map<String, Set<String>> keysByName = new HashMap<>();
    private final Set<String> listedKeys = new java.util.HashSet<>();
    private final List<String[]> cases = new ArrayList<>();
    private final Map<String, Integer> wordCounts = new HashMap<>();

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "screening/src/test/resources/evaluation/cases.tsv");
        new EvaluationSetGenerator().run(out);
    }

    private void run(Path out) throws IOException {
        for (ShippedLists.Shipped s : ShippedLists.all()) entries.addAll(s.parse().entries());
        for (ListEntry e : entries) {
            keysByName.computeIfAbsent(e.list() + "|" + plain(e.name()), k -> new LinkedHashSet<>())
                    .add(e.list() + ":" + e.entityId());
            for (Alias a : e.names()) listedKeys.add(plain(a.name()));
            for (String w : new LinkedHashSet<>(List.of(plain(e.name()).split(" ")))) wordCounts.merge(w, 1, Integer::sum);
        }
        List<ListEntry> pool = entries.stream().filter(e -> plain(e.name()).length() >= 3).toList();
        List<ListEntry> entitiesPool = pool.stream().filter(e -> e.type() != EntityType.INDIVIDUAL).toList();
        List<ListEntry> individuals = pool.stream().filter(e -> e.type() == EntityType.INDIVIDUAL).toList();
        List<ListEntry> russian = pool.stream().filter(EvaluationSetGenerator::russian).toList();

        for (ListEntry e : sample(pool, 150)) add("exact", e.name(), e);
        for (ListEntry e : sample(pool, 150)) add("case_punct", casePunct(e.name()), e);
        for (ListEntry e : sample(pool.stream().filter(x -> longestToken(x.name()).length() >= 5).toList(), 300)) {
            add("typo", typo(e.name()), e);
        }
        for (ListEntry e : sample(pool.stream().filter(x -> words(x.name()).size() >= 2).toList(), 200)) {
            add("reorder", reorder(e), e);
        }
        int legal = 0;
        for (ListEntry e : shuffled(entitiesPool)) {
            if (legal >= 150) break;
            String q = legalForm(e.name());
            if (q != null) {
                add("legal_form", q, e);
                legal++;
            }
        }
        int abbreviated = 0;
        for (ListEntry e : shuffled(entitiesPool)) {
            if (abbreviated >= 100) break;
            String q = abbreviate(e.name());
            if (q != null) {
                add("abbreviation", q, e);
                abbreviated++;
            }
        }
        int aliases = 0;
        for (ListEntry e : shuffled(pool)) {
            if (aliases >= 150) break;
            List<Alias> strong = e.aliases().stream().filter(a -> a.kind() != AliasKind.WEAK && plain(a.name()).length() >= 4).toList();
            if (strong.isEmpty()) continue;
            add("alias", strong.get(random.nextInt(strong.size())).name(), e);
            aliases++;
        }
        int translit = 0;
        for (ListEntry e : shuffled(russian)) {
            if (translit >= 150) break;
            String q = otherRomanisation(e.name());
            if (q != null && !plain(q).equals(plain(e.name()))) {
                add("transliterated", q, e);
                translit++;
            }
        }
        int cyr = 0;
        for (ListEntry e : shuffled(russian.stream().filter(x -> x.type() == EntityType.INDIVIDUAL).toList())) {
            if (cyr >= 100) break;
            add("cyrillic", toCyrillic(reorderIndividual(e.name())), e);
            cyr++;
        }
        for (String line : Files.readAllLines(Path.of("screening/src/test/resources/evaluation/native-script.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            Set<String> keys = keysByName.get(f[2] + "|" + plain(f[3]));
            if (keys == null) throw new IllegalStateException("native-script.tsv: no " + f[2] + " entry named '" + f[3] + "'");
            cases.add(new String[] {f[0], f[1], "", "", String.join("|", keys), "hand-written"});
        }
        negatives();
        StringBuilder sb = new StringBuilder();
        sb.append("# Labelled evaluation set, generated by EvaluationSetGenerator (seed 20261128) from the shipped lists.\n");
        sb.append("# kind\tquery\tcountry\ttype\texpected (list:entity_id|..., or - for none)\tnote\n");
        for (String[] c : cases) sb.append(String.join("\t", c)).append('\n');
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String[] c : cases) counts.merge(c[0], 1, Integer::sum);
        System.out.println(out + ": " + cases.size() + " cases " + counts);
    }

    private void negatives() {
        Map<String, Integer> locales = new LinkedHashMap<>();
        locales.put("en-US", 300);
        locales.put("es", 80);
        locales.put("de", 60);
        locales.put("fr", 60);
        locales.put("it", 40);
        locales.put("ru", 40);
        locales.put("zh-CN", 40);
        Transliterator latin = Transliterator.getInstance("Any-Latin; Latin-ASCII");
        for (Map.Entry<String, Integer> l : locales.entrySet()) {
            Faker faker = new Faker(Locale.forLanguageTag(l.getKey()), random);
            int made = 0;
            while (made < l.getValue()) {
                String name = faker.name().fullName();
                String p = plain(latin.transliterate(name));
                if (listedKeys.contains(p) || listedKeys.contains(reversePlain(p))) continue; // a real listed name
                cases.add(new String[] {"common_name", name, "", "individual", "-", "datafaker " + l.getKey()});
                made++;
            }
        }
        Faker faker = new Faker(Locale.US, random);
        for (int i = 0; i < 300; ) {
            String name = faker.company().name();
            if (listedKeys.contains(plain(name))) continue;
            cases.add(new String[] {"company_name", name, "", "entity", "-", "datafaker en-US"});
            i++;
        }
        int near = 0;
        Pattern number = Pattern.compile("\\b(\\d{1,4})(st|nd|rd|th)?\\b");
        for (ListEntry e : shuffled(entries)) {
            if (near >= 60) break;
            Matcher m = number.matcher(e.name());
            if (e.type() == EntityType.INDIVIDUAL || !m.find() || words(e.name()).size() < 3) continue;
            int n = Integer.parseInt(m.group(1));
            String changed = null;
            for (int delta : new int[] {1, 2, 3, 5, 7}) {
                String candidate = e.name().substring(0, m.start(1)) + (n + delta) + e.name().substring(m.end(1));
                if (!listedKeys.contains(plain(candidate)) && !hasNumberVariant(candidate, n + delta)) {
                    changed = candidate;
                    break;
                }
            }
            if (changed == null) continue;
            cases.add(new String[] {"near_collision", changed, "", "", "-", "number changed: " + e.list() + ":" + e.entityId()});
            near++;
        }
        Faker words = new Faker(Locale.US, random);
        for (ListEntry e : shuffled(entries)) {
            if (near >= 150) break;
            List<String> w = words(e.name());
            if (e.type() == EntityType.INDIVIDUAL || w.size() < 3) continue;
            // The distinctive word is the rarest on the lists, not the longest (which is often "LIABILITY").
            String longest = w.stream().filter(x -> x.replaceAll("[^\\p{L}]", "").length() >= 5)
                    .min(java.util.Comparator.comparingInt(x -> wordCounts.getOrDefault(plain(x), 0))).orElse(null);
            if (longest == null) continue;
            String replacement = capitalise(words.lorem().word() + words.lorem().word());
            String changed = e.name().replace(longest, replacement);
            if (listedKeys.contains(plain(changed))) continue;
            cases.add(new String[] {"near_collision", changed, "", "", "-", "distinctive word replaced: " + e.list() + ":" + e.entityId()});
            near++;
        }
    }

    private boolean hasNumberVariant(String name, int n) {
        String p = plain(name);
        for (String k : listedKeys) if (k.contains(" " + n + " ") && similarWithoutNumbers(k, p)) return true;
        return false;
    }

    private static boolean similarWithoutNumbers(String a, String b) {
        return a.replaceAll("\\d+(st|nd|rd|th)?", "#").equals(b.replaceAll("\\d+(st|nd|rd|th)?", "#"));
    }

    private void add(String kind, String query, ListEntry e) {
        Set<String> keys = keysByName.get(e.list() + "|" + plain(e.name()));
        cases.add(new String[] {kind, query.replace('\t', ' '), "", "", String.join("|", keys), e.list() + " " + e.name()});
    }

    private <T> List<T> sample(List<T> from, int n) {
        List<T> s = shuffled(from);
        return s.subList(0, Math.min(n, s.size()));
    }

    private <T> List<T> shuffled(List<T> from) {
        List<T> s = new ArrayList<>(from);
        java.util.Collections.shuffle(s, random);
        return s;
    }

    private static boolean russian(ListEntry e) {
        String programs = String.join(" ", e.programs());
        return programs.contains("RUSSIA") || programs.contains("UKRAINE-EO1366") || e.allCountries().contains("RU");
    }

    /** Lower case, letters and digits only, single spaces: the generator's own notion of "the same name". */
    static String plain(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String reversePlain(String p) {
        List<String> w = new ArrayList<>(List.of(p.split(" ")));
        java.util.Collections.reverse(w);
        return String.join(" ", w);
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.split("[\\s,;]+")) if (!w.isBlank()) out.add(w);
        return out;
    }

    private static String longestToken(String s) {
        return words(s).stream().map(w -> w.replaceAll("[^\\p{L}]", "")).max((a, b) -> a.length() - b.length()).orElse("");
    }

    private static String capitalise(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private String casePunct(String name) {
        return switch (random.nextInt(4)) {
            case 0 -> name.toLowerCase(Locale.ROOT).replaceAll("[.,'\"-]", "");
            case 1 -> name.toUpperCase(Locale.ROOT).replace(' ', '-');
            case 2 -> name.replaceAll("[.,()'\"]", " ").replaceAll("\\s+", " ").strip();
            default -> {
                StringBuilder sb = new StringBuilder();
                for (char c : name.toCharArray()) sb.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
                yield sb.append('.').toString();
            }
        };
    }

    /** One edit in one of the longer words: substitution, deletion, insertion, transposition, doubling. */
    private String typo(String name) {
        List<String> w = words(name);
        List<Integer> longOnes = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) if (w.get(i).replaceAll("[^\\p{L}]", "").length() >= 5) longOnes.add(i);
        int i = longOnes.get(random.nextInt(longOnes.size()));
        String word = w.get(i);
        int p = 1 + random.nextInt(word.length() - 2);
        char letter = (char) ('a' + random.nextInt(26));
        if (Character.isUpperCase(word.charAt(p))) letter = Character.toUpperCase(letter);
        String edited = switch (random.nextInt(5)) {
            case 0 -> word.substring(0, p) + letter + word.substring(p + 1);
            case 1 -> word.substring(0, p) + word.substring(p + 1);
            case 2 -> word.substring(0, p) + letter + word.substring(p);
            case 3 -> word.substring(0, p) + word.charAt(p + 1) + word.charAt(p) + word.substring(p + 2);
            default -> word.substring(0, p) + word.charAt(p) + word.substring(p);
        };
        w.set(i, edited);
        return String.join(" ", w);
    }

    private String reorder(ListEntry e) {
        if (e.type() == EntityType.INDIVIDUAL && e.name().contains(",")) return reorderIndividual(e.name());
        List<String> w = words(e.name().replace(",", ""));
        List<String> original = new ArrayList<>(w);
        for (int tries = 0; tries < 10 && w.equals(original); tries++) java.util.Collections.shuffle(w, random);
        return String.join(" ", w);
    }

    /** "SURNAME, Given Names" → "Given Names SURNAME". */
    private static String reorderIndividual(String name) {
        int comma = name.indexOf(',');
        if (comma < 0) return name;
        return (name.substring(comma + 1).strip() + " " + name.substring(0, comma).strip()).strip();
    }

    private String legalForm(String name) {
        Matcher suffix = LEGAL_SUFFIX.matcher(name);
        if (suffix.find()) {
            String base = name.substring(0, suffix.start()).strip();
            if (base.length() < 3) return null;
            return random.nextBoolean() ? base : base + " " + OTHER_FORMS[random.nextInt(OTHER_FORMS.length)];
        }
        Matcher prefix = LEGAL_PREFIX.matcher(name);
        if (prefix.find()) {
            String base = name.substring(prefix.end()).strip();
            if (base.length() < 3) return null;
            return random.nextBoolean() ? base : base + " " + new String[] {"LLC", "JSC", "OOO", "AO"}[random.nextInt(4)];
        }
        return null;
    }

    private String abbreviate(String name) {
        String out = name;
        for (String[] a : ABBREVIATIONS) {
            out = out.replaceAll("(?i)\\b" + a[0] + "\\b", random.nextBoolean() ? a[1] + "." : a[1]);
        }
        return out.equals(name) ? null : out;
    }

    /** Spell a Russian name the way another romanisation system (scholarly, German, French, passport) would. */
    private String otherRomanisation(String name) {
        String[][] rules = {{"kh", "h"}, {"KH", "H"}, {"y", "i"}, {"Y", "I"}, {"ks", "x"}, {"KS", "X"},
                {"ts", "tz"}, {"TS", "TZ"}, {"zh", "j"}, {"ZH", "J"}, {"v", "w"}, {"V", "W"}, {"sh", "sch"},
                {"SH", "SCH"}, {"ya", "ja"}, {"YA", "JA"}, {"yu", "ju"}, {"YU", "JU"}, {"ei", "ey"}, {"EI", "EY"},
                {"ii", "iy"}, {"II", "IY"}, {"iy", "y"}, {"IY", "Y"}, {"e", "ye"}, {"ch", "tch"}, {"CH", "TCH"},
                {"ov", "off"}, {"OV", "OFF"}, {"ev", "eff"}, {"EV", "EFF"}};
        String out = name;
        int applied = 0;
        for (int tries = 0; tries < 12 && applied < 2; tries++) {
            String[] r = rules[random.nextInt(rules.length)];
            if (!out.contains(r[0])) continue;
            int at = out.indexOf(r[0]);
            out = out.substring(0, at) + r[1] + out.substring(at + r[0].length());
            applied++;
        }
        return applied == 0 ? null : out;
    }

    /** A Russian name romanised in Latin letters, written back in Cyrillic by hand-made rules (not ICU's). */
    static String toCyrillic(String latin) {
        String[][] multi = {{"shch", "щ"}, {"sch", "щ"}, {"zh", "ж"}, {"kh", "х"}, {"ts", "ц"}, {"ch", "ч"},
                {"sh", "ш"}, {"yu", "ю"}, {"ya", "я"}, {"yo", "ё"}, {"iy", "ий"}, {"yy", "ый"}, {"ey", "ей"},
                {"ay", "ай"}, {"oy", "ой"}, {"uy", "уй"}, {"ye", "е"}, {"ia", "ия"}};
        StringBuilder out = new StringBuilder();
        for (String word : latin.split(" ")) {
            String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z-]", "");
            if (w.isEmpty()) continue;
            StringBuilder cw = new StringBuilder();
            int i = 0;
            while (i < w.length()) {
                boolean done = false;
                for (String[] m : multi) {
                    if (w.startsWith(m[0], i)) {
                        cw.append(m[1]);
                        i += m[0].length();
                        done = true;
                        break;
                    }
                }
                if (done) continue;
                char c = w.charAt(i++);
                cw.append(switch (c) {
                    case 'a' -> "а"; case 'b' -> "б"; case 'v', 'w' -> "в"; case 'g' -> "г"; case 'd' -> "д";
                    case 'e' -> i == 1 ? "э" : "е"; case 'z' -> "з"; case 'i' -> "и"; case 'y' -> i == w.length() ? "й" : "ы";
                    case 'k', 'c', 'q' -> "к"; case 'l' -> "л"; case 'm' -> "м"; case 'n' -> "н"; case 'o' -> "о";
                    case 'p' -> "п"; case 'r' -> "р"; case 's' -> "с"; case 't' -> "т"; case 'u' -> "у";
                    case 'f' -> "ф"; case 'h' -> "х"; case 'x' -> "кс"; case 'j' -> "дж"; case '-' -> "-";
                    default -> "";
                });
            }
            if (!out.isEmpty()) out.append(' ');
            out.append(Character.toUpperCase(cw.charAt(0))).append(cw.substring(1));
        }
        return out.toString();
    }
}
