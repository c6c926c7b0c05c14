package org.clearance.ledger.audit;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * The chain's hash function (docs/ledger.md, "Audit trail"): SHA-256, in lower-case hex, of the UTF-8 bytes of the
 * row's RFC 8785 canonical JSON without its {@code hash} field. One implementation for the database and for exports.
 */
public final class ChainHash {

    /** prev_hash of the first row. */
    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    /** The hash of a row given by its fields; {@code payloadJson} is the payload's JSON text (any formatting). */
    public static String of(long seq, String time, String actor, String kind, String payloadJson, String prevHash) {
        JsonStringEncoder quote = JsonStringEncoder.getInstance();
        String json = "{\"seq\":" + seq
                + ",\"time\":\"" + new String(quote.quoteAsString(time))
                + "\",\"actor\":\"" + new String(quote.quoteAsString(actor))
                + "\",\"kind\":\"" + new String(quote.quoteAsString(kind))
                + "\",\"payload\":" + payloadJson
                + ",\"prev_hash\":\"" + new String(quote.quoteAsString(prevHash)) + "\"}";
        return ofJson(json);
    }

    /** The hash of a JSON text (a row without {@code hash}): SHA-256 of its RFC 8785 form. */
    public static String ofJson(String json) {
        byte[] canonical;
        try {
            canonical = new JsonCanonicalizer(json).getEncodedUTF8();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not canonicalizable JSON: " + e.getMessage(), e);
        }
        return sha256(canonical);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
