package org.clearance.rulepack;

import java.util.List;
import java.util.Set;
import org.clearance.classification.Condition;
import org.clearance.yaml.StrictNode;

/**
 * Reads a rule's {@code test}: {@code all}/{@code any}/{@code not} of comparisons with parameters
 * ({@code {metric: tpp, op: ">=", parameter: 3a090/tpp_a1}}), {@code {datacenter: true|false}} and
 * {@code {meets: 3A090.b}}. A comparison with a literal number is refused: thresholds are cited parameters.
 */
final class ConditionReader {

    private ConditionReader() {
    }

    static Condition read(StrictNode node) {
        node.requireObject();
        if (node.has("all")) {
            node.allowOnly(Set.of("all"));
            return new Condition.All(list(node.require("all")));
        }
        if (node.has("any")) {
            node.allowOnly(Set.of("any"));
            return new Condition.Any(list(node.require("any")));
        }
        if (node.has("not")) {
            node.allowOnly(Set.of("not"));
            return new Condition.Not(read(node.require("not")));
        }
        if (node.has("datacenter")) {
            node.allowOnly(Set.of("datacenter"));
            return new Condition.Datacenter(node.require("datacenter").bool());
        }
        if (node.has("meets")) {
            node.allowOnly(Set.of("meets"));
            return new Condition.Meets(node.require("meets").text());
        }
        if (node.has("metric")) {
            MetricComparison c = MetricComparison.read(node);
            return new Condition.Compare(c.metric(), c.op(), c.parameter());
        }
        throw node.error("expected one of all, any, not, metric, datacenter or meets");
    }

    private static List<Condition> list(StrictNode node) {
        List<StrictNode> items = node.list();
        if (items.isEmpty()) throw node.error("needs at least one condition");
        return items.stream().map(ConditionReader::read).toList();
    }
}
