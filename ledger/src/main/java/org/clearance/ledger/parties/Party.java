package org.clearance.ledger.parties;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import org.clearance.screening.list.EntityType;

/** A party Clearance has screened and keeps, so that decisions about it last and list changes reach it. */
public record Party(String id, String name, String country, EntityType type, Double threshold, Instant firstScreened,
                    Instant lastScreened) {

    /**
     * The id of a party the user gave none: {@code p-} and twelve hex digits of the sha256 of its name (NFKC, case
     * folded, spacing collapsed) and country, so the same party named the same way keeps its id.
     */
    public static String derivedId(String name, String country) {
        String key = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip()
                .replaceAll("\\s+", " ") + "|" + (country == null ? "" : country.strip().toUpperCase(Locale.ROOT));
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "p-" + HexFormat.of().formatHex(d).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
