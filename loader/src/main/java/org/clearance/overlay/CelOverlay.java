package org.clearance.overlay;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clearance.decision.Tri;
import org.clearance.determination.Overlay;
import org.clearance.determination.OverlayEffect;
import org.clearance.determination.OverlayInput;
import org.clearance.law.DatedSeries;
import org.clearance.law.RuleHeader;
import org.clearance.law.RuleStatus;

/**
 * An overlay whose condition is a compiled CEL expression over the documented variables. A missing input (a metric
 * the item's specification does not give) makes evaluation fail, which is reported as UNKNOWN with the reason.
 */
final class CelOverlay implements Overlay {

    private final RuleHeader header;
    private final OverlayEffect effect;
    private final String expression;
    private final CelRuntime.Program program;

    CelOverlay(RuleHeader header, OverlayEffect effect, String expression, CelRuntime.Program program) {
        this.header = header;
        this.effect = effect;
        this.expression = expression;
        this.program = program;
    }

    @Override
    public String id() {
        return header.id();
    }

    @Override
    public String title() {
        return header.title();
    }

    @Override
    public String text() {
        return header.text();
    }

    @Override
    public DatedSeries<RuleStatus> status() {
        return header.status();
    }

    @Override
    public List<String> interpretations() {
        return header.interpretations();
    }

    @Override
    public String source() {
        return header.source();
    }

    @Override
    public OverlayEffect effect() {
        return effect;
    }

    public String expression() {
        return expression;
    }

    @Override
    public Tri test(OverlayInput input) {
        try {
            Object result = program.eval(variables(input));
            return result instanceof Boolean b ? Tri.of(b) : Tri.UNKNOWN;
        } catch (CelEvaluationException e) {
            return Tri.UNKNOWN;
        }
    }

    @Override
    public String lastProblem(OverlayInput input) {
        try {
            Object result = program.eval(variables(input));
            return result instanceof Boolean ? "" : "the condition did not give true or false";
        } catch (CelEvaluationException e) {
            String m = e.getMessage();
            return m.contains("key") ? "an input the condition reads is not given (" + m + ")" : m;
        }
    }

    /** The documented variables; unknown numbers are left out, so reading one fails instead of guessing. */
    static Map<String, Object> variables(OverlayInput in) {
        Map<String, Object> item = new HashMap<>();
        put(item, "id", in.item().id());
        put(item, "name", in.item().name());
        put(item, "vendor", in.item().vendor());
        put(item, "kind", in.item().kind());
        put(item, "eccn", in.item().eccn() == null ? "" : in.item().eccn());
        put(item, "status", in.item().status());
        put(item, "tpp", in.item().tpp());
        put(item, "performance_density", in.item().performanceDensity());
        put(item, "dram_bandwidth_gb_s", in.item().dramBandwidthGbS());
        put(item, "interconnect_gb_s", in.item().interconnectGbS());
        put(item, "datacenter", in.item().datacenter());
        Map<String, Object> endUser = new HashMap<>();
        put(endUser, "name", in.endUser().name() == null ? "" : in.endUser().name());
        put(endUser, "country", in.endUser().country());
        put(endUser, "hq", in.endUser().hq());
        put(endUser, "parent_hq", in.endUser().parentHq());
        endUser.put("hq_groups", new ArrayList<>(in.endUser().hqGroups()));
        endUser.put("parent_hq_groups", new ArrayList<>(in.endUser().parentHqGroups()));
        Map<String, Object> vars = new HashMap<>();
        vars.put("item", item);
        vars.put("end_user", endUser);
        vars.put("quantity", (long) in.quantity());
        vars.put("destination", in.destination());
        vars.put("destination_groups", new ArrayList<>(in.destinationGroups()));
        vars.put("export_from", in.exportFrom());
        vars.put("transaction", in.transaction());
        vars.put("end_uses", new ArrayList<>(in.endUses()));
        vars.put("date", in.date());
        return vars;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) map.put(key, value);
    }
}
