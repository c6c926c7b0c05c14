package org.clearance.app.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clearance.catalog.Catalog;
import org.clearance.classification.ItemSpec;

/** The catalog's items as JSON: id, vendor, name, kind. */
public final class CatalogJson {

    private CatalogJson() {
    }

    public static ArrayNode items(Catalog catalog) {
        ArrayNode a = Json.array();
        for (ItemSpec s : catalog.items()) {
            ObjectNode o = Json.object();
            o.put("id", s.id());
            o.put("vendor", s.vendor());
            o.put("name", s.name());
            o.put("kind", s.kind().code());
            a.add(o);
        }
        return a;
    }
}
