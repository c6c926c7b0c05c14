package org.clearance.rulepack;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clearance.determination.DestinationScope;
import org.clearance.determination.EndUse;
import org.clearance.determination.ShipmentCondition;
import org.clearance.determination.Transaction;
import org.clearance.yaml.StrictNode;

/**
 * Reads a determination rule's {@code when}: all/any/not of {@code destination}, {@code end_user_located},
 * {@code export_from} and {@code headquarters} scopes, {@code transaction}, {@code item}, item {@code metric}
 * comparisons with parameters, {@code datacenter}, {@code end_use} and {@code always}.
 */
final class ShipmentConditionReader {

    private static final Set<String> SCOPE_KEYS = Set.of("countries", "groups", "except_countries", "except_groups",
            "worldwide");

    private ShipmentConditionReader() {
    }

    static ShipmentCondition read(StrictNode node) {
        node.requireObject();
        if (node.entries().size() != 1 && !node.has("metric")) {
            throw node.error("a condition has exactly one of all, any, not, destination, end_user_located, export_from,"
                    + " headquarters, transaction, item, metric, datacenter, end_use, always");
        }
        if (node.has("metric")) {
            MetricComparison c = MetricComparison.read(node);
            return new ShipmentCondition.ItemMetric(c.metric(), c.op(), c.parameter());
        }
        String key = node.entries().keySet().iterator().next();
        StrictNode value = node.require(key);
        return switch (key) {
            case "all" -> new ShipmentCondition.All(list(value));
            case "any" -> new ShipmentCondition.Any(list(value));
            case "not" -> new ShipmentCondition.Not(read(value));
            case "always" -> {
                if (!value.bool()) throw value.error("always: true is the only form");
                yield new ShipmentCondition.Always();
            }
            case "destination" -> new ShipmentCondition.In(ShipmentCondition.Place.DESTINATION, scope(value));
            case "end_user_located" -> new ShipmentCondition.In(ShipmentCondition.Place.END_USER_LOCATED, scope(value));
            case "export_from" -> new ShipmentCondition.In(ShipmentCondition.Place.EXPORT_FROM, scope(value));
            case "headquarters" -> new ShipmentCondition.Headquarters(scope(value));
            case "transaction" -> {
                try {
                    yield new ShipmentCondition.TransactionIs(Transaction.valueOf(value.text().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw value.error("unknown transaction '" + value.text() + "'; expected export, reexport or transfer");
                }
            }
            case "item" -> new ShipmentCondition.Item(value.textList());
            case "datacenter" -> new ShipmentCondition.Datacenter(value.bool());
            case "end_use" -> {
                try {
                    yield new ShipmentCondition.EndUseIs(EndUse.fromCode(value.text()));
                } catch (IllegalArgumentException e) {
                    throw value.error(e.getMessage());
                }
            }
            default -> throw node.error("unknown condition '" + key + "'");
        };
    }

    private static List<ShipmentCondition> list(StrictNode node) {
        List<StrictNode> items = node.list();
        if (items.isEmpty()) throw node.error("needs at least one condition");
        return items.stream().map(ShipmentConditionReader::read).toList();
    }

    static DestinationScope scope(StrictNode node) {
        node.allowOnly(SCOPE_KEYS);
        DestinationScope s = new DestinationScope(
                node.optionalNonNull("countries").map(StrictNode::textList).orElse(List.of()),
                node.optionalNonNull("groups").map(StrictNode::textList).orElse(List.of()),
                node.optionalNonNull("except_countries").map(StrictNode::textList).orElse(List.of()),
                node.optionalNonNull("except_groups").map(StrictNode::textList).orElse(List.of()),
                node.optionalNonNull("worldwide").map(StrictNode::bool).orElse(false));
        if (!s.worldwide() && s.countries().isEmpty() && s.groups().isEmpty()) {
            throw node.error("a scope names countries, groups or worldwide: true");
        }
        return s;
    }
}
