package org.clearance.screening.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** sha256 over the files of one import, each preceded by its role (main, alt, add, comments) so order is fixed. */
final class ContentHash {
    private final MessageDigest digest;

    ContentHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    ContentHash add(String role, byte[] bytes) {
        digest.update(role.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(bytes);
        digest.update((byte) 0);
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    static String sha256(String text) {
        return new ContentHash().add("", text.getBytes(StandardCharsets.UTF_8)).hex();
    }
}
