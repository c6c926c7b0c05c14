package org.clearance.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.clearance.app.json.ClassificationJson;
import org.clearance.app.json.Json;
import org.clearance.classification.Classification;

/** Classifies a catalog item or a specification file under the rules of a date, every step explained. */
public final class Classify {

    /** A classification; {@link #json()} is its decision JSON (docs/decision-json.md). */
    public record Classified(Classification classification) {
        public ObjectNode json() {
            return ClassificationJson.of(classification);
        }

        /** The decision JSON, indented, as {@code classify --json} prints it. */
        public String jsonText() {
            return Json.write(json());
        }
    }

    private final RuleData data;

    public Classify(RuleData data) {
        this.data = data;
    }

    /** {@code item}: a catalog id or a specification file; {@code asOf}: the date whose rules apply. */
    public Classified classify(String item, LocalDate asOf) {
        return new Classified(data.classifier().classify(data.item(item), asOf));
    }

    /** Classifies a datasheet already read (a server's request body) under the rules of {@code asOf}. */
    public Classified classify(org.clearance.classification.ItemSpec spec, LocalDate asOf) {
        return new Classified(data.classifier().classify(spec, asOf));
    }
}
