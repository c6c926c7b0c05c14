package org.clearance.server.accounts;

import java.time.Instant;

/** A user: name, role, whether disabled. */
public record User(long id, String name, Role role, boolean disabled, Instant createdAt) {
}
