package org.clearance.determination;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.clearance.law.Citation;
import org.clearance.law.Confidence;

/**
 * A rule that reaches a party through its owners, as the rule pack states it ({@code ownership_rules} in pack.yaml):
 * an entity is caught when the shares held in it by the rule's listed persons, directly or through entities the rule
 * already catches, sum to {@code threshold} percent or more. See docs/ownership.md.
 *
 * @param lists           the list codes whose entries count as listed owners
 * @param sdnPrograms     SDN entries of these programs count too (the Affiliates rule's §744.8 subset); empty: none
 * @param sdnProgramsNote why those programs, and how sure we are
 * @param foreignOnly     an owned party located in the United States is not caught
 * @param from            the first date the rule is read (before it: not in force)
 * @param statusRule      the id of the determination rule whose dated status says when the rule applies (null:
 *                        in force from {@code from})
 * @param consequence     what a caught party gets
 */
public record OwnershipRule(String id, String name, Set<String> lists, List<String> sdnPrograms, String sdnProgramsNote,
                            Confidence sdnProgramsConfidence, BigDecimal threshold, boolean foreignOnly, LocalDate from,
                            String statusRule, Consequence consequence, String note, Citation cite,
                            Confidence confidence, String interpretation) {

    /** What a party the rule catches gets. */
    public enum Consequence {
        /** Blocked, as its owners are: PROHIBITED when every link is certain, else held. */
        BLOCKED,
        /** The listed owner's license requirement, review policy and footnotes (the most restrictive of several). */
        OWNER_REQUIREMENT
    }

    public OwnershipRule {
        lists = Set.copyOf(lists);
        sdnPrograms = List.copyOf(sdnPrograms);
    }

    /** Whether an entry of {@code list} with these programs counts as a listed owner under this rule. */
    public boolean counts(String list, List<String> programs) {
        if (lists.contains(list)) return true;
        if (!"SDN".equals(list) || sdnPrograms.isEmpty()) return false;
        for (String p : programs) {
            String bare = p.replace("[", "").replace("]", "").strip();
            if (sdnPrograms.contains(bare)) return true;
        }
        return false;
    }
}
