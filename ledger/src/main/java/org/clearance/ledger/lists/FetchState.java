package org.clearance.ledger.lists;

import java.time.Instant;

/**
 * What the last download of one source found: the URL asked, the validators the server gave with the content last
 * imported or found unchanged (for a conditional request next time; null when none), when, the outcome, a message
 * and the version imported or kept (null when none).
 */
public record FetchState(String source, String url, String etag, String lastModified, Instant checkedAt,
                         String outcome, String message, Long versionId) {
}
