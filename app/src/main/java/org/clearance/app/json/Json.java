package org.clearance.app.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import org.clearance.decision.Finding;
import org.clearance.decision.Numbers;
import org.clearance.law.Citation;
import org.clearance.law.NotEvaluated;
import org.clearance.law.PackInfo;

/** The pieces of the wire format every answer shares: citations, findings, the rule pack, numbers. */
public final class Json {

    public static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .configure(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);
    private static final ObjectMapper COMPACT = new ObjectMapper()
            .configure(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

    private Json() {
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A generator writing compact JSON as {@link #compact} does, for many values in a row. */
    public static com.fasterxml.jackson.core.JsonGenerator compactGenerator(java.io.Writer out) throws java.io.IOException {
        return COMPACT.createGenerator(out);
    }

    /** Writes {@code node} to a generator from {@link #compactGenerator}. */
    public static void writeCompact(com.fasterxml.jackson.core.JsonGenerator g, JsonNode node) throws java.io.IOException {
        COMPACT.writeTree(g, node);
    }

    public static String compact(JsonNode node) {
        try {
            return COMPACT.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    public static JsonNode number(BigDecimal value) {
        return value == null ? NODES.nullNode() : NODES.numberNode(Numbers.plain(value));
    }

    public static ArrayNode strings(Collection<String> values) {
        ArrayNode a = array();
        values.forEach(a::add);
        return a;
    }

    public static JsonNode citation(Citation c) {
        if (c == null) return NODES.nullNode();
        ObjectNode o = object();
        o.put("cfr", c.cfr());
        o.put("fr", c.fr());
        o.put("href", c.href());
        return o;
    }

    public static ArrayNode citations(Collection<Citation> citations) {
        ArrayNode a = array();
        citations.forEach(c -> a.add(citation(c)));
        return a;
    }

    public static ObjectNode finding(Finding f) {
        ObjectNode o = object();
        o.put("rule", f.rule());
        o.put("outcome", f.outcome().name());
        o.put("detail", f.detail());
        o.set("citation", citation(f.citation()));
        o.set("inputs", value(f.inputs()));
        o.put("confidence", f.confidence().name());
        o.put("interpretation", f.interpretation());
        return o;
    }

    public static ArrayNode findings(Collection<Finding> findings) {
        ArrayNode a = array();
        findings.forEach(f -> a.add(finding(f)));
        return a;
    }

    public static ObjectNode rulePack(PackInfo info) {
        ObjectNode o = object();
        o.put("id", info.id());
        o.put("hash", info.hash());
        o.put("last_reviewed", info.lastReviewed().toString());
        o.put("covers_from", info.coversFrom().toString());
        return o;
    }

    public static ArrayNode notEvaluated(Collection<NotEvaluated> items) {
        ArrayNode a = array();
        for (NotEvaluated n : items) {
            ObjectNode o = object();
            o.put("id", n.id());
            o.put("reason", n.reason());
            a.add(o);
        }
        return a;
    }

    /** Plain values (numbers, booleans, text, null, maps and lists of them) as JSON. */
    public static JsonNode value(Object v) {
        return switch (v) {
            case null -> NODES.nullNode();
            case BigDecimal d -> number(d);
            case Integer i -> NODES.numberNode(i);
            case Long l -> NODES.numberNode(l);
            case Double d -> NODES.numberNode(d);
            case Boolean b -> NODES.booleanNode(b);
            case Map<?, ?> m -> {
                ObjectNode o = object();
                m.forEach((k, val) -> o.set(String.valueOf(k), value(val)));
                yield o;
            }
            case Collection<?> c -> {
                ArrayNode a = array();
                c.forEach(x -> a.add(value(x)));
                yield a;
            }
            default -> NODES.textNode(v.toString());
        };
    }
}
