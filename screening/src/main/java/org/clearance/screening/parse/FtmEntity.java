package org.clearance.screening.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of a FollowTheMoney entity stream: {@code id}, {@code schema}, {@code properties} (every property a list
 * of strings), and the metadata OpenSanctions adds ({@code caption}, {@code datasets}, {@code target},
 * {@code last_seen}). Values that are not strings (nested entities of the targets.nested.json export) are left out.
 *
 * @param target whether OpenSanctions marks the entity as a designated party; null when the line does not say
 */
record FtmEntity(String id, String schema, Map<String, List<String>> properties, String caption, List<String> datasets,
                 Boolean target, String lastSeen, long line) {

    FtmEntity {
        properties = Map.copyOf(properties);
        datasets = List.copyOf(datasets);
    }

    /** The entity of one line; {@code IllegalArgumentException} says what the line lacks. */
    static FtmEntity of(JsonValue value, long line) {
        if (!(value instanceof JsonValue.JsonObject o)) {
            throw new IllegalArgumentException("the line holds " + value.kind() + ", not an entity object");
        }
        String id = text(o.get("id"));
        String schema = text(o.get("schema"));
        if (id == null) throw new IllegalArgumentException("the entity has no 'id'");
        if (schema == null) throw new IllegalArgumentException("entity " + id + " has no 'schema'");
        Map<String, List<String>> properties = new LinkedHashMap<>();
        JsonValue props = o.get("properties");
        if (props != null && !(props instanceof JsonValue.JsonObject)) {
            throw new IllegalArgumentException("entity " + id + ": 'properties' is " + props.kind() + ", not an object");
        }
        if (props instanceof JsonValue.JsonObject p) {
            for (Map.Entry<String, JsonValue> m : p.members().entrySet()) {
                List<String> values = strings(m.getValue());
                if (!values.isEmpty()) properties.put(m.getKey(), values);
            }
        }
        Boolean target = o.get("target") instanceof JsonValue.JsonBoolean b ? b.value() : null;
        return new FtmEntity(id, schema, properties, text(o.get("caption")), strings(o.get("datasets")), target,
                text(o.get("last_seen")), line);
    }

    /**
     * This entity with a later fragment of it merged in: an entity stream may carry one entity over several lines
     * with the same id (FtM's "fragments"), each with some of its properties.
     */
    FtmEntity merge(FtmEntity fragment) {
        Map<String, List<String>> merged = new LinkedHashMap<>(properties);
        fragment.properties.forEach((k, v) -> merged.merge(k, v, FtmEntity::union));
        return new FtmEntity(id, schema, merged, caption != null ? caption : fragment.caption,
                union(datasets, fragment.datasets),
                target == null ? fragment.target : fragment.target == null ? target : target || fragment.target,
                lastSeen == null || fragment.lastSeen != null && fragment.lastSeen.compareTo(lastSeen) > 0
                        ? fragment.lastSeen : lastSeen, line);
    }

    private static List<String> union(List<String> a, List<String> b) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    List<String> values(String property) {
        return properties.getOrDefault(property, List.of());
    }

    String first(String property) {
        List<String> v = values(property);
        return v.isEmpty() ? null : v.get(0);
    }

    private static String text(JsonValue v) {
        return v instanceof JsonValue.JsonString s ? Text.value(s.value()) : null;
    }

    /** The non-blank strings of an array (or of a lone string, which some writers emit for a one-value property). */
    private static List<String> strings(JsonValue v) {
        List<String> out = new ArrayList<>();
        if (v instanceof JsonValue.JsonString s && Text.value(s.value()) != null) out.add(Text.value(s.value()));
        if (v instanceof JsonValue.JsonArray a) {
            for (JsonValue e : a.elements()) {
                String t = text(e);
                if (t != null) out.add(t);
            }
        }
        return out;
    }
}
