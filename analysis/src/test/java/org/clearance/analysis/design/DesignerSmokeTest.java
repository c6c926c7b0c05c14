package org.clearance.analysis.design;

import java.time.LocalDate;
import java.util.List;
import org.clearance.analysis.json.DesignJson;
import org.clearance.app.RuleData;
import org.clearance.app.json.Json;
import org.junit.jupiter.api.Test;

class DesignerSmokeTest {
    @Test
    void smoke() {
        RuleData data = RuleData.bundled();
        Designer d = new Designer(data, List.of());
        for (String[] c : new String[][]{{"nvidia-b200", "not-controlled", "2026-12-07"},
                {"nvidia-b200", "case-by-case:CN", "2026-12-07"}, {"nvidia-h100-sxm5-80gb", "not-controlled", "2024-06-01"},
                {"nvidia-h100-sxm5-80gb", "exception:NAC:CN", "2024-06-01"}}) {
            long t = System.nanoTime();
            Design r = d.design(c[0], Goal.parse(c[1]), LocalDate.parse(c[2]), List.of(), null);
            long ms = (System.nanoTime() - t) / 1_000_000;
            var j = DesignJson.of(r);
            j.remove("verification");
            System.out.println(ms + " ms " + Json.write(j));
        }
    }
}
