package org.clearance.ledger.audit;

import java.util.Set;

/**
 * The kinds of audit row, in one place (documented in docs/ledger.md, "Audit trail"). A kind is lower case, words
 * joined by dots: the thing, then what happened to it. Add a kind here and to the table in docs/ledger.md; never
 * rename one that has been written (old chains must keep verifying and replaying).
 */
public final class AuditKinds {

    // Decisions
    public static final String CHECK = "check";                   // a shipment check (single)
    public static final String CHECK_BATCH = "check.batch";       // a check --batch run (file hashes and counts)
    public static final String SCREEN = "screen";                 // a restricted-party screening
    public static final String RESCREEN = "rescreen";             // re-screening of the kept parties

    // Lists and adjudications
    public static final String LIST_IMPORT = "list.import";
    public static final String ADJUDICATION = "adjudication";                      // recorded decision on a hit
    public static final String ADJUDICATION_REQUEST = "adjudication.request";      // four eyes: first step
    public static final String ADJUDICATION_APPROVE = "adjudication.approve";      // four eyes: second step
    public static final String ADJUDICATION_REJECT = "adjudication.reject";

    // Licenses, exceptions, shipments, quotas
    public static final String LICENSE_ADD = "license.add";
    public static final String LICENSE_AMEND = "license.amend";
    public static final String LICENSE_SUSPEND = "license.suspend";
    public static final String LICENSE_REVOKE = "license.revoke";
    public static final String LICENSE_REINSTATE = "license.reinstate";
    public static final String LICENSE_IMPORT = "license.import";
    public static final String SHIPMENT = "shipment";             // every ship outcome: accepted, refused, held
    public static final String SHIPMENT_VOID = "shipment.void";
    public static final String QUOTA_SET = "quota.set";

    // Holds
    public static final String HOLD_CREATE = "hold.create";
    public static final String HOLD_RELEASE_REQUEST = "hold.release.request";
    public static final String HOLD_APPROVE = "hold.approve";
    public static final String HOLD_REJECT = "hold.reject";

    // Accounts (the server: docs/api.md)
    public static final String USER_ADD = "user.add";
    public static final String USER_DISABLE = "user.disable";
    public static final String USER_PASSWORD_RESET = "user.password.reset";
    public static final String TOKEN_CREATE = "token.create";
    public static final String TOKEN_REVOKE = "token.revoke";
    public static final String LOGIN = "login";                   // a password login: a session began
    public static final String LOGIN_FAILED = "login.failed";     // a refused login (unknown user, wrong password, limit)
    public static final String LOGOUT = "logout";

    public static final Set<String> ALL = Set.of(CHECK, CHECK_BATCH, SCREEN, RESCREEN, LIST_IMPORT, ADJUDICATION,
            ADJUDICATION_REQUEST, ADJUDICATION_APPROVE, ADJUDICATION_REJECT, LICENSE_ADD, LICENSE_AMEND,
            LICENSE_SUSPEND, LICENSE_REVOKE, LICENSE_REINSTATE, LICENSE_IMPORT, SHIPMENT, SHIPMENT_VOID, QUOTA_SET,
            HOLD_CREATE, HOLD_RELEASE_REQUEST, HOLD_APPROVE, HOLD_REJECT, USER_ADD, USER_DISABLE,
            USER_PASSWORD_RESET, TOKEN_CREATE, TOKEN_REVOKE, LOGIN, LOGIN_FAILED, LOGOUT);

    private AuditKinds() {
    }
}
