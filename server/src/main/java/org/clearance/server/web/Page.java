package org.clearance.server.web;

import org.clearance.server.accounts.Role;
import org.clearance.server.http.Caller;

/** What the layout of every workbench page needs: the title, which page it is, who is logged in, the CSRF token. */
public record Page(String title, String name, String user, String role, String csrf, boolean officer) {

    public static Page of(String title, String name, Caller caller) {
        return caller == null ? new Page(title, name, null, null, null, false)
                : new Page(title, name, caller.user().name(), caller.user().role().code(), caller.csrf(),
                caller.user().role().includes(Role.OFFICER));
    }

    /** {@code aria-current} of a navigation link: "page" on the page itself, else absent (null). */
    public String current(String link) {
        return link.equals(name) ? "page" : null;
    }
}
