package org.clearance.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clearance.app.json.Json;

/** Small JSON Schema pieces for the route table's OpenAPI description. */
public final class Schemas {

    private Schemas() {
    }

    public static ObjectNode str(String description) {
        return Json.object().put("type", "string").put("description", description);
    }

    public static ObjectNode date(String description) {
        return str(description).put("format", "date");
    }

    public static ObjectNode bool(String description) {
        return Json.object().put("type", "boolean").put("description", description);
    }

    public static ObjectNode num(String description) {
        return Json.object().put("type", "number").put("description", description);
    }

    public static ObjectNode strings(String description) {
        ObjectNode o = Json.object().put("type", "array").put("description", description);
        o.putObject("items").put("type", "string");
        return o;
    }

    public static ObjectNode any(String description) {
        return Json.object().put("type", "object").put("description", description);
    }

    /** An object with these properties, given as name, schema, name, schema ...; no others allowed. */
    public static ObjectNode object(String description, Object... nameSchema) {
        ObjectNode o = Json.object().put("type", "object").put("description", description);
        ObjectNode props = o.putObject("properties");
        for (int i = 0; i < nameSchema.length; i += 2) props.set((String) nameSchema[i], (ObjectNode) nameSchema[i + 1]);
        o.put("additionalProperties", false);
        return o;
    }

    public static ObjectNode array(String description, ObjectNode items) {
        ObjectNode o = Json.object().put("type", "array").put("description", description);
        o.set("items", items);
        return o;
    }

    public static ObjectNode text(String description) {
        return str(description);
    }
}
