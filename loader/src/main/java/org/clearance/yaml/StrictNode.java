package org.clearance.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A node of a YAML or JSON document read strictly: every accessor names the file and the field path in its error
 * ("rulepacks/us-ear/parameters/3a090/tpp_a1.yaml: values.2023-11-17.cite: a citation needs cfr or fr").
 */
public final class StrictNode {

    private final JsonNode node;
    private final String file;
    private final String path;

    private StrictNode(JsonNode node, String file, String path) {
        this.node = node;
        this.file = file;
        this.path = path;
    }

    public static StrictNode root(JsonNode node, String file) {
        return new StrictNode(node, file, "");
    }

    public String file() {
        return file;
    }

    public String path() {
        return path;
    }

    public JsonNode raw() {
        return node;
    }

    public InputException error(String reason) {
        return new InputException(file, path.isEmpty() ? null : path, reason);
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public boolean isObject() {
        return node.isObject();
    }

    public boolean isText() {
        return node.isTextual();
    }

    public boolean isNull() {
        return node == null || node.isNull();
    }

    /** Refuses any key not listed: unknown keys are errors, never ignored. */
    public StrictNode allowOnly(Set<String> keys) {
        requireObject();
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!keys.contains(name)) {
                throw new InputException(file, child(name), "unknown key; expected one of " + new TreeSet<>(keys));
            }
        }
        return this;
    }

    public StrictNode requireObject() {
        if (node == null || !node.isObject()) throw error("expected a mapping of keys to values, got " + describe(node));
        return this;
    }

    public boolean has(String key) {
        return node.isObject() && node.has(key) && !node.get(key).isMissingNode();
    }

    public StrictNode require(String key) {
        requireObject();
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) throw new InputException(file, child(key), "required field is missing");
        return new StrictNode(value, file, child(key));
    }

    /** The field if present; a key given as {@code null} counts as present (see {@link #isNull()}). */
    public Optional<StrictNode> optional(String key) {
        requireObject();
        JsonNode value = node.get(key);
        if (value == null) return Optional.empty();
        return Optional.of(new StrictNode(value, file, child(key)));
    }

    public Optional<StrictNode> optionalNonNull(String key) {
        return optional(key).filter(n -> !n.isNull());
    }

    public String text() {
        if (!node.isTextual()) throw error("expected text, got " + describe(node));
        String s = node.textValue();
        if (s.isBlank()) throw error("must not be empty");
        return s;
    }

    public BigDecimal number() {
        if (!node.isNumber()) throw error("expected a number, got " + describe(node));
        BigDecimal value = node.decimalValue();
        return value;
    }

    public BigDecimal nonNegative() {
        BigDecimal v = number();
        if (v.signum() < 0) throw error("must not be negative, got " + v.toPlainString());
        return v;
    }

    public BigDecimal positive() {
        BigDecimal v = number();
        if (v.signum() <= 0) throw error("must be greater than 0, got " + v.toPlainString());
        return v;
    }

    public int positiveInt() {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw error("expected a whole number, got " + describe(node));
        }
        int v = node.intValue();
        if (v <= 0) throw error("must be greater than 0, got " + v);
        return v;
    }

    public boolean bool() {
        if (!node.isBoolean()) throw error("expected true or false, got " + describe(node));
        return node.booleanValue();
    }

    public LocalDate date() {
        String s = node.isTextual() ? node.textValue() : node.asText();
        return parseDate(s, this::error);
    }

    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public static LocalDate parseDate(String s, java.util.function.Function<String, InputException> error) {
        if (s == null || !DATE.matcher(s).matches()) {
            throw error.apply("invalid date '" + s + "': expected YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw error.apply("invalid date '" + s + "': expected YYYY-MM-DD");
        }
    }

    public List<StrictNode> list() {
        if (!node.isArray()) throw error("expected a list, got " + describe(node));
        List<StrictNode> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) items.add(new StrictNode(node.get(i), file, path + "[" + i + "]"));
        return items;
    }

    /** The entries of a mapping, in file order. */
    public Map<String, StrictNode> entries() {
        requireObject();
        Map<String, StrictNode> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), new StrictNode(e.getValue(), file, child(e.getKey()))));
        return out;
    }

    public List<String> textList() {
        return list().stream().map(StrictNode::text).toList();
    }

    private static String describe(JsonNode n) {
        if (n == null || n.isNull()) return "nothing";
        if (n.isTextual()) return "\"" + n.textValue() + "\"";
        if (n.isObject()) return "a mapping";
        if (n.isArray()) return "a list";
        return n.toString();
    }
}
