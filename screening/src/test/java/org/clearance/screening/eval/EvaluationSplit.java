package org.clearance.screening.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each case's stable id and the part of the set it falls in. The id is the first 16 hex digits of the SHA-256 of the
 * case's kind, query, country, type and expected entries (not its note, not its line): the same case keeps its id
 * wherever its file puts it. The part is decided by the SHA-256 of the id: its first four bytes, unsigned, modulo 100,
 * below 70 is the development part, else the held-out part. A case added later falls on a side without moving any other.
 */
public final class EvaluationSplit {

    public enum Part { DEVELOPMENT, HELD_OUT }

    /** The extra row of the summaries: positives whose expected entry is an SDN individual. */
    public static final String SDN_PERSONS = "sdn_persons";

    /**
     * The classes of issue 17 (the independent set's kinds, and ours beside them), each the kinds it sums, in the
     * report's order.
     */
    public static final Map<String, List<String>> CLASSES = new LinkedHashMap<>();

    static {
        CLASSES.put("exact, case and punctuation, word order, legal form, alias",
                List.of("exact", "case_punct", "reorder", "legal_form", "alias"));
        CLASSES.put("typing errors", List.of("typo"));
        CLASSES.put("other Latin romanisations of Russian names", List.of("transliterated"));
        CLASSES.put("Russian in Cyrillic (persons with patronymics, organisations with legal forms)",
                List.of("cyrillic", "cyrillic_person", "cyrillic_org"));
        CLASSES.put("abbreviations", List.of("abbreviation", "abbreviation_table"));
        CLASSES.put("persons: middle names dropped or initials", List.of("person_variant"));
        CLASSES.put("Chinese characters, organisations in no table", List.of("chinese_org", "chinese_org_numbered"));
        CLASSES.put("Chinese characters, names in the native-name table", List.of("translated"));
        CLASSES.put("Chinese persons in characters", List.of("chinese_person"));
        CLASSES.put("persons in Arabic script", List.of("arabic_person"));
        CLASSES.put("SDN persons (every positive whose entry is an SDN individual)", List.of(SDN_PERSONS));
        CLASSES.put("common personal names (false alerts)", List.of("common_name"));
        CLASSES.put("company names (false alerts)", List.of("company_name"));
        CLASSES.put("near-collisions (false alerts)", List.of("near_collision", "near_collision_place", "near_collision_person"));
    }

    private EvaluationSplit() {
    }

    public static String caseId(String[] c) {
        return sha256(String.join("\u001f", c[0], c[1], c[2], c[3], c[4])).substring(0, 16);
    }

    public static Part part(String id) {
        byte[] h = HexFormat.of().parseHex(sha256(id).substring(0, 8));
        long v = ((h[0] & 0xFFL) << 24) | ((h[1] & 0xFFL) << 16) | ((h[2] & 0xFFL) << 8) | (h[3] & 0xFFL);
        return v % 100 < 70 ? Part.DEVELOPMENT : Part.HELD_OUT;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
