package org.clearance.determination;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clearance.law.DatedSeries;
import org.clearance.law.DatedValue;
import org.clearance.law.HeaderedRule;
import org.clearance.law.RuleHeader;

/** A rule of the determination section: a license requirement, a review policy, a license exception or an advisory. */
public sealed interface DeterminationRule extends HeaderedRule
        permits DeterminationRule.Requirement, DeterminationRule.Policy, DeterminationRule.Exception,
        DeterminationRule.Advisory {

    /** The rule's content by period; the status series of the header has the same dates. */
    DatedSeries<RuleVersion> versions();

    default Optional<RuleVersion> versionAt(LocalDate date) {
        return versions().at(date).map(DatedValue::value);
    }

    /** What kind of license requirement a rule imposes, which decides whether license exceptions can overcome it. */
    enum Kind {
        /** §742.6(a)(6): the RS license requirement for advanced computing items; NAC, ACA and HBM can apply. */
        RS_LICENSE,
        /** §744.23(a)(3) / §742.6(a)(6)(iii)(A): parties headquartered in D:5 or Macau; NAC applies (§740.8(b) carve-out). */
        HEADQUARTERS,
        /** Part 746: embargoed and sanctioned destinations; policy of denial, no exceptions. */
        EMBARGO,
        /** Part 744 end-use controls; no exceptions (§740.8(b)). */
        END_USE
    }

    /** A license requirement. {@code reason} is the reason for control or the Part it comes from. */
    record Requirement(RuleHeader header, Kind kind, String reason, DatedSeries<RuleVersion> versions)
            implements DeterminationRule {

        /** Rules are identified by the object the pack loaded, not by deep value (their headers hold whole series). */
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
        public boolean exceptionEligible() {
            return kind == Kind.RS_LICENSE || kind == Kind.HEADQUARTERS;
        }
    }

    /**
     * A review policy for the RS license of advanced computing items (§742.6(b)(10)). When several apply, those that
     * an applicable rule {@code overrides} drop out (a narrower exception to a general policy), then the strictest wins.
     */
    record Policy(RuleHeader header, List<String> overrides, DatedSeries<RuleVersion> versions)
            implements DeterminationRule {

        /** Rules are identified by the object the pack loaded, not by deep value (their headers hold whole series). */
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
        public Policy {
            overrides = List.copyOf(overrides);
        }
    }

    /**
     * A license exception: {@code code} (NAC, ACA, HBM), the requirement rules it can overcome, and per period when the
     * shipment is eligible and the conditions to list.
     */
    record Exception(RuleHeader header, String code, List<String> covers, DatedSeries<RuleVersion> versions)
            implements DeterminationRule {

        /** Rules are identified by the object the pack loaded, not by deep value (their headers hold whole series). */
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
        public Exception {
            covers = List.copyOf(covers);
        }
    }

    /** A question the answer must ask when the rule applies (the Affiliates rule, an unread policy change). */
    record Advisory(RuleHeader header, DatedSeries<RuleVersion> versions) implements DeterminationRule {

        /** Rules are identified by the object the pack loaded, not by deep value (their headers hold whole series). */
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
