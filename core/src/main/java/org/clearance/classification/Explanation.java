package org.clearance.classification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearance.law.DatedValue;

/** Collects, while a test is explained, the sentence, the inputs it read, the parameters and the missing inputs. */
final class Explanation {

    final Map<String, Object> inputs = new LinkedHashMap<>();
    final Map<String, DatedValue<BigDecimal>> parameters = new LinkedHashMap<>();
    final Set<MissingInput> missing = new LinkedHashSet<>();

    void input(String name, Object value) {
        inputs.put(name, value);
    }

    static String join(List<String> parts, String conjunction) {
        return String.join(" " + conjunction + " ", parts);
    }

    static List<String> list() {
        return new ArrayList<>();
    }
}
