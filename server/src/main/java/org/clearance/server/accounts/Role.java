package org.clearance.server.accounts;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a user may do, each role including the one before it: an analyst classifies, checks, screens and reads; an
 * officer also adjudicates (and, as the ledger lands, records shipments, releases holds, manages licenses); an admin
 * also manages users and imports lists.
 */
public enum Role {
    ANALYST, OFFICER, ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role of(String code) {
        for (Role r : values()) if (r.code().equals(code)) return r;
        throw new IllegalArgumentException("unknown role '" + code + "': expected one of "
                + Arrays.stream(values()).map(Role::code).toList());
    }
}
