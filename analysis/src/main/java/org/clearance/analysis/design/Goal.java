package org.clearance.analysis.design;

import java.util.Locale;
import org.clearance.app.BadInput;
import org.clearance.classification.ClassificationStatus;
import org.clearance.determination.Determination;
import org.clearance.determination.LicenseVerdict;
import org.clearance.determination.ReviewPolicy;

/**
 * The outcome a variant is designed to reach. An INDETERMINATE answer never reaches any of them: a variant that
 * "might" be exportable is not a design.
 */
public sealed interface Goal {

    /** No 3A090/4A090 paragraph (and so no .z paragraph either). */
    record NotControlled() implements Goal {
    }

    /** No license needed to ship to that destination. */
    record NoLicense(String country) implements Goal {
    }

    /** The license exception {@code code} offered (it covers every requirement). */
    record Exception(String code, String country) implements Goal {
    }

    /** A license is needed and BIS reviews it case by case. */
    record CaseByCase(String country) implements Goal {
    }

    /** The destination of a destination outcome, else null. */
    default String country() {
        return switch (this) {
            case NotControlled n -> null;
            case NoLicense n -> n.country();
            case Exception e -> e.country();
            case CaseByCase c -> c.country();
        };
    }

    default String text() {
        return switch (this) {
            case NotControlled n -> "not-controlled";
            case NoLicense n -> "no-license:" + n.country();
            case Exception e -> "exception:" + e.code() + ":" + e.country();
            case CaseByCase c -> "case-by-case:" + c.country();
        };
    }

    /** The same goal with its destination written as the geography's code. */
    default Goal withCountry(String code) {
        return switch (this) {
            case NotControlled n -> n;
            case NoLicense n -> new NoLicense(code);
            case Exception e -> new Exception(e.code(), code);
            case CaseByCase c -> new CaseByCase(code);
        };
    }

    default boolean reachedBy(ClassificationStatus status) {
        return status == ClassificationStatus.NOT_CONTROLLED;
    }

    default boolean reachedBy(Determination d) {
        return switch (this) {
            case NotControlled n -> d.itemStatus() == ClassificationStatus.NOT_CONTROLLED;
            case NoLicense n -> d.verdict() == LicenseVerdict.NO_LICENSE_REQUIRED;
            case Exception e -> d.verdict() == LicenseVerdict.LICENSE_EXCEPTION_AVAILABLE
                    && d.licenseExceptions().stream().anyMatch(x -> x.code().equalsIgnoreCase(e.code()));
            case CaseByCase c -> (d.verdict() == LicenseVerdict.LICENSE_REQUIRED
                    || d.verdict() == LicenseVerdict.LICENSE_EXCEPTION_AVAILABLE)
                    && d.reviewPolicy() == ReviewPolicy.CASE_BY_CASE;
        };
    }

    /** Reads {@code not-controlled}, {@code no-license:CC}, {@code exception:CODE:CC}, {@code case-by-case:CC}. */
    static Goal parse(String text) {
        String[] p = text.strip().split(":", -1);
        String head = p[0].toLowerCase(Locale.ROOT);
        String usage = "--outcome " + text + ": expected not-controlled, no-license:CC, exception:CODE:CC or"
                + " case-by-case:CC (CC a country code or name)";
        switch (head) {
            case "not-controlled":
                if (p.length != 1) throw new BadInput(usage);
                return new NotControlled();
            case "no-license":
                if (p.length != 2 || p[1].isBlank()) throw new BadInput(usage);
                return new NoLicense(p[1].strip());
            case "case-by-case":
                if (p.length != 2 || p[1].isBlank()) throw new BadInput(usage);
                return new CaseByCase(p[1].strip());
            case "exception":
                if (p.length != 3 || p[1].isBlank() || p[2].isBlank()) throw new BadInput(usage);
                return new Exception(p[1].strip().toUpperCase(Locale.ROOT), p[2].strip());
            default:
                throw new BadInput(usage);
        }
    }
}
