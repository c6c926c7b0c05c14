package org.clearance.server.accounts;

import java.time.Instant;

/** An API token's record (never the token itself): whose, when made, when it expires or was revoked. */
public record Token(long id, String user, Instant createdAt, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
