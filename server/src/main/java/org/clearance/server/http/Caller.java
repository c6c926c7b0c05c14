package org.clearance.server.http;

import org.clearance.server.accounts.User;

/**
 * Who is calling: the user, and how they proved it ({@code token N} or {@code session}); a session's CSRF token, for
 * the pages to put in their forms.
 */
public record Caller(User user, String via, String csrf) {

    public String actor() {
        return user.name();
    }
}
