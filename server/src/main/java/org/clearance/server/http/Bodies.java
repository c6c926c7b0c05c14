package org.clearance.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Request bodies read strictly: JSON objects only, duplicate and unknown fields refused by name, each field of the
 * type it must have. Every refusal is a 400 problem naming the field.
 */
public final class Bodies {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    private Bodies() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The body as a JSON object with only the {@code allowed} fields. */
    public static ObjectNode object(Context ctx, Set<String> allowed) {
        String text = ctx.body();
        if (text.isBlank()) throw Problem.badInput("the request needs a JSON object body", null);
        JsonNode n;
        try {
            n = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw Problem.badInput("the body is not valid JSON: " + e.getOriginalMessage(), null);
        }
        if (!(n instanceof ObjectNode o)) throw Problem.badInput("the body must be a JSON object", null);
        o.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                throw Problem.badInput("unknown field '" + f + "': expected one of " + new java.util.TreeSet<>(allowed), f);
            }
        });
        return o;
    }

    /** A text field (a number is taken as its text); null when absent or null. */
    public static String text(ObjectNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) return null;
        if (v.isTextual()) return v.asText();
        if (v.isNumber()) return v.asText();
        throw Problem.badInput(field + ": expected a string", field);
    }

    public static String required(ObjectNode o, String field) {
        String v = text(o, field);
        if (v == null || v.isBlank()) throw Problem.badInput(field + " is required", field);
        return v;
    }

    public static boolean bool(ObjectNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) return false;
        if (!v.isBoolean()) throw Problem.badInput(field + ": expected true or false", field);
        return v.asBoolean();
    }

    /** A list of strings; a single string is a list of one. Null when absent. */
    public static List<String> texts(ObjectNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) return null;
        if (v.isTextual()) return List.of(v.asText());
        if (!v.isArray()) throw Problem.badInput(field + ": expected a list of strings", field);
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isTextual()) throw Problem.badInput(field + ": expected a list of strings", field);
            out.add(e.asText());
        }
        return out;
    }
}
