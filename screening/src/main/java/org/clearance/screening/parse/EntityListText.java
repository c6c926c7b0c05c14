package org.clearance.screening.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The free text of BIS Entity List rows as the CSL carries it: alias lists joined by "; " whose last item starts
 * with "and " ("HSRI; Hebei Semiconductor; and CETC Research Institute 13"), names ending "and any successor,
 * sub-unit, or subsidiary thereof", aliases written into the name ("X, a.k.a. Y"), and footnote markers written
 * as a digit right after the citation they qualify ("(See §744.11 of the EAR)4", "§§ 734.9(g),3 746.8").
 */
final class EntityListText {

    private static final Pattern SUCCESSOR = Pattern.compile(
            "[;,]?\\s*(?:and\\s+)?any\\s+successors?,?\\s+sub-?units?,?\\s+or\\s+subsidiar(?:y|ies)\\s+thereof\\.?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AKA_IN_NAME = Pattern.compile(",?\\s+(?:a\\.k\\.a\\.|aka|f\\.k\\.a\\.)\\s+",
            Pattern.CASE_INSENSITIVE);
    /** "FN4", or one digit right after a closing parenthesis ("EAR)4", "(g),3 "): a footnote designation. */
    private static final Pattern FOOTNOTE = Pattern.compile(
            "\\bFN\\s?(\\d{1,2})\\b|\\)\\s?,?(\\d)(?=[\\s.;,]|$)");

    private EntityListText() {
    }

    /** The name without the successor clause and surrounding punctuation. */
    static String cleanName(String raw) {
        String s = SUCCESSOR.matcher(raw.strip()).replaceAll("").strip();
        while (s.endsWith(";") || s.endsWith(",")) s = s.substring(0, s.length() - 1).strip();
        return s;
    }

    /** The name split at an embedded "a.k.a.": the first part is the name, the rest aliases. */
    static List<String> splitNameAkas(String name) {
        List<String> parts = new ArrayList<>();
        for (String p : AKA_IN_NAME.split(name)) {
            String c = cleanName(p);
            if (!c.isEmpty()) parts.add(c);
        }
        return parts;
    }

    /** The aliases of an alt_names field: split at ";", the leading "and " of the last item and the successor clause dropped. */
    static List<String> aliases(String raw) {
        Set<String> out = new LinkedHashSet<>();
        if (raw == null) return new ArrayList<>();
        for (String part : raw.split(";")) {
            String s = cleanName(part);
            if (s.toLowerCase(Locale.ROOT).startsWith("and ")) s = s.substring(4).strip();
            if (s.endsWith(".") && !s.matches(".*\\b(?:Ltd|Co|Inc|Corp|S\\.A|L\\.L\\.C|Lt|Tech|Mfg|Intl)\\.$")) {
                s = s.substring(0, s.length() - 1).strip();
            }
            if (!s.isEmpty()) out.addAll(splitNameAkas(s));
        }
        return new ArrayList<>(out);
    }

    /** Footnote numbers in a license requirement, in ascending order. */
    static List<Integer> footnotes(String licenseRequirement) {
        Set<Integer> out = new TreeSet<>();
        if (licenseRequirement == null) return List.of();
        Matcher m = FOOTNOTE.matcher(licenseRequirement.strip());
        while (m.find()) out.add(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
        return List.copyOf(out);
    }

    /**
     * The name with parenthetical parts removed ("China Aerospace Science and Technology Corporation (CASC)" →
     * "China Aerospace Science and Technology Corporation"), or null when there are none.
     */
    static String withoutParentheses(String name) {
        if (name.indexOf('(') < 0) return null;
        StringBuilder sb = new StringBuilder(name.length());
        int depth = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth = Math.max(0, depth - 1);
            else if (depth == 0) sb.append(c);
        }
        String s = sb.toString().replaceAll("\\s+", " ").strip();
        while (s.endsWith(",")) s = s.substring(0, s.length() - 1).strip();
        return s.isEmpty() || s.equals(name) ? null : s;
    }

    /** Short acronyms written in parentheses after a name: "(CASC)", "(NSCC-CS)". */
    static List<String> parentheticalAcronyms(String name) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\(([A-Z][A-Z0-9&-]{1,11}(?: \\d{1,3})?)\\)").matcher(name);
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
