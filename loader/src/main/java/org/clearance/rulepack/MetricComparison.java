package org.clearance.rulepack;

import java.util.Set;
import org.clearance.classification.Comparison;
import org.clearance.classification.Metric;
import org.clearance.yaml.StrictNode;

/**
 * {@code {metric: tpp, op: ">=", parameter: 3a090/tpp_a1}}, as both condition languages write it. A literal number
 * is refused: thresholds are cited, dated parameters.
 */
record MetricComparison(Metric metric, Comparison op, String parameter) {

    static MetricComparison read(StrictNode node) {
        node.allowOnly(Set.of("metric", "op", "parameter"));
        StrictNode metric = node.require("metric");
        StrictNode op = node.require("op");
        StrictNode parameter = node.optional("parameter").orElseThrow(() -> node.error(
                "a comparison needs a parameter (a cited, dated threshold); literal numbers are not allowed"));
        try {
            return new MetricComparison(Metric.fromKey(metric.text()), Comparison.fromCode(op.text()), parameter.text());
        } catch (IllegalArgumentException e) {
            throw (e.getMessage().contains("metric") ? metric : op).error(e.getMessage());
        }
    }
}
