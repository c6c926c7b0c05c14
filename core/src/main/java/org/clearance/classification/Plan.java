package org.clearance.classification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clearance.law.DatedValue;
import org.clearance.law.RulePack;
import org.clearance.law.RulePackSnapshot;

/**
 * The classification rules binding during one period of the pack (between two change dates), with their
 * conditions compiled against the parameter values of that period. Paragraphs are ordered so that 3A090.a is
 * tested before 3A090.b: an item meeting both is classified in .a (regulations.md §2.2).
 */
final class Plan {

    record Paragraph(ParagraphRule rule, Test test) {
    }

    record Exclusion(ExclusionNote rule, Test test) {
    }

    record Pointer(PointerNote rule, Test test) {
    }

    final LocalDate from;
    final List<Paragraph> paragraphs = new ArrayList<>();
    final List<Exclusion> exclusions = new ArrayList<>();
    final List<Pointer> pointers = new ArrayList<>();
    final List<SystemRule> systems = new ArrayList<>();
    final List<ZParagraphRule> zParagraphs = new ArrayList<>();
    final List<String> paragraphEccns;
    final List<String> paragraphIds;
    final List<String> systemEccns;
    final List<String> systemIds;
    final List<String> systemContains;

    Plan(RulePack pack, ClassificationRules rules, LocalDate from) {
        this.from = from;
        RulePackSnapshot snapshot = new RulePackSnapshot(pack, from);
        for (ParagraphRule r : rules.paragraphs()) {
            if (snapshot.binds(r)) paragraphs.add(new Paragraph(r, compile(r.condition(), snapshot, r.id())));
        }
        paragraphs.sort(Comparator.comparing((Paragraph p) -> p.rule().eccn()).thenComparing(p -> p.rule().paragraph()));
        for (ExclusionNote r : rules.exclusions()) {
            if (snapshot.binds(r)) exclusions.add(new Exclusion(r, compile(r.condition(), snapshot, r.id())));
        }
        for (PointerNote r : rules.pointers()) {
            if (snapshot.binds(r)) pointers.add(new Pointer(r, compile(r.condition(), snapshot, r.id())));
        }
        for (SystemRule r : rules.systems()) {
            if (snapshot.binds(r)) systems.add(r);
        }
        systems.sort(Comparator.comparing(SystemRule::eccn));
        for (ZParagraphRule r : rules.zParagraphs()) {
            if (snapshot.binds(r)) zParagraphs.add(r);
        }
        paragraphEccns = paragraphs.stream().map(p -> p.rule().eccn()).toList();
        paragraphIds = paragraphs.stream().map(p -> p.rule().paragraph()).toList();
        systemEccns = systems.stream().map(SystemRule::eccn).toList();
        systemIds = systems.stream().map(SystemRule::id).toList();
        systemContains = systems.stream().map(SystemRule::containsEccn).toList();
    }

    static Test compile(Condition condition, RulePackSnapshot snapshot, String ruleId) {
        return switch (condition) {
            case Condition.All a -> new Test.All(a.of().stream().map(c -> compile(c, snapshot, ruleId)).toList());
            case Condition.Any a -> new Test.Any(a.of().stream().map(c -> compile(c, snapshot, ruleId)).toList());
            case Condition.Not n -> new Test.Not(compile(n.of(), snapshot, ruleId));
            case Condition.Datacenter d -> new Test.Datacenter(d.value());
            case Condition.Meets m -> new Test.Meets(m.eccn());
            case Condition.Compare c -> {
                DatedValue<BigDecimal> value = snapshot.parameter(c.parameter()).orElseThrow(() ->
                        new IllegalStateException("rule " + ruleId + " is in force on " + snapshot.date()
                                + " but parameter " + c.parameter() + " has no value on that date"));
                yield new Test.Compare(c.metric(), c.op(), value.value().doubleValue(), c.parameter(), value);
            }
        };
    }
}
