package org.clearance.rulepack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clearance.determination.DeterminationRule;
import org.clearance.determination.OwnershipRule;
import org.clearance.law.Confidence;
import org.clearance.law.Interpretation;
import org.clearance.yaml.StrictNode;

/** {@code ownership_rules} in pack.yaml: the rules that reach parties through their owners (docs/ownership.md). */
final class OwnershipRulesReader {

    private static final Set<String> KEYS = Set.of("name", "consequence", "lists", "sdn_programs", "threshold",
            "foreign_only", "from", "status_rule", "note", "cite", "confidence", "interpretation");
    private static final Set<String> SDN_PROGRAM_KEYS = Set.of("programs", "note", "confidence");

    private OwnershipRulesReader() {
    }

    static List<OwnershipRule> read(StrictNode pack, List<Interpretation> interpretations, List<DeterminationRule> rules,
                                    LocalDate coversFrom) {
        List<OwnershipRule> out = new ArrayList<>();
        Set<String> known = new HashSet<>();
        interpretations.forEach(i -> known.add(i.id()));
        Set<String> ruleIds = new HashSet<>();
        rules.forEach(r -> ruleIds.add(r.id()));
        pack.optionalNonNull("ownership_rules").ifPresent(n -> n.entries().forEach((id, e) -> {
            e.allowOnly(KEYS);
            StrictNode c = e.require("consequence");
            OwnershipRule.Consequence consequence;
            try {
                consequence = OwnershipRule.Consequence.valueOf(c.text().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw c.error("unknown consequence '" + c.text() + "'; expected blocked or owner_requirement");
            }
            Set<String> lists = new LinkedHashSet<>(e.require("lists").textList());
            List<String> programs = List.of();
            String programsNote = null;
            Confidence programsConfidence = null;
            if (e.has("sdn_programs")) {
                StrictNode p = e.require("sdn_programs").allowOnly(SDN_PROGRAM_KEYS);
                programs = p.require("programs").textList();
                programsNote = p.require("note").text();
                programsConfidence = DatedReader.confidence(p.require("confidence"));
            }
            StrictNode t = e.require("threshold");
            if (t.number().signum() <= 0 || t.number().compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
                throw t.error("a threshold is a percentage above 0 and at most 100");
            }
            LocalDate from = e.require("from").date();
            if (from.isBefore(coversFrom)) {
                throw e.require("from").error("before the pack's covers_from " + coversFrom + "; date it at covers_from with a note");
            }
            String statusRule = e.optionalNonNull("status_rule").map(StrictNode::text).orElse(null);
            if (statusRule != null && !ruleIds.contains(statusRule)) {
                throw e.require("status_rule").error("no determination rule '" + statusRule + "' in the pack");
            }
            String interpretation = e.optionalNonNull("interpretation").map(StrictNode::text).orElse(null);
            if (interpretation != null && !known.contains(interpretation)) {
                throw e.require("interpretation").error("unknown interpretation '" + interpretation + "'; add it to interpretations.yaml");
            }
            out.add(new OwnershipRule(id, e.require("name").text(), lists, programs, programsNote, programsConfidence,
                    t.number(), e.optionalNonNull("foreign_only").map(StrictNode::bool).orElse(false), from, statusRule,
                    consequence, e.optionalNonNull("note").map(StrictNode::text).orElse(null),
                    DatedReader.citation(e.require("cite")), DatedReader.confidence(e.require("confidence")), interpretation));
        }));
        return out;
    }
}
