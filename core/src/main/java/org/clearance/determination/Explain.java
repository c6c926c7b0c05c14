package org.clearance.determination;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.clearance.law.DatedValue;

/** Collects what explaining a condition read: inputs, parameters (for citations) and missing inputs. */
public final class Explain {

    final Map<String, Object> inputs = new LinkedHashMap<>();
    final Map<String, DatedValue<BigDecimal>> parameters = new LinkedHashMap<>();
    final Set<String> missing = new LinkedHashSet<>();

    void input(String name, Object value) {
        inputs.put(name, value);
    }

    void parameter(String id, DatedValue<BigDecimal> value) {
        parameters.put(id, value);
    }

    void missing(String field) {
        missing.add(field);
    }
}
