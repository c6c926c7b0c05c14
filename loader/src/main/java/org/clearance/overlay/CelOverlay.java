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
    /** The variable paths the expression reads ("item.tpp", "destination"), from its syntax tree. */
    private final List<String> reads;
    /**
     * Results by the values of {@link #reads}: the expression is a pure function of them, and a batch repeats few
     * combinations (the item's figures, the places), so each is evaluated once.
     */
    private final Map<List<Object>, Tri> results = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int REMEMBERED = 100_000;

    CelOverlay(RuleHeader header, OverlayEffect effect, String expression, CelRuntime.Program program, List<String> reads) {
        this.header = header;
        this.effect = effect;
        this.expression = expression;
        this.program = program;
        this.reads = List.copyOf(reads);
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
        Map<String, Object> vars = variables(input);
        List<Object> key = key(vars);
        Tri remembered = results.get(key);
        if (remembered != null) return remembered;
        Tri t = evaluate(vars);
        if (results.size() < REMEMBERED) results.put(key, t);
        return t;
    }

    /** The result without memory. */
    Tri evaluate(Map<String, Object> vars) {
        try {
            Object result = program.eval(vars);
            return result instanceof Boolean b ? Tri.of(b) : Tri.UNKNOWN;
        } catch (CelEvaluationException e) {
            return Tri.UNKNOWN;
        }
    }

    List<String> reads() {
        return reads;
    }

    /** The values at {@link #reads} (null where absent: an absent input fails the evaluation). */
    private List<Object> key(Map<String, Object> vars) {
        Object[] values = new Object[reads.size()];
        for (int i = 0; i < values.length; i++) {
            String path = reads.get(i);
            int dot = path.indexOf('.');
            Object v = vars.get(dot < 0 ? path : path.substring(0, dot));
            if (dot >= 0) v = v instanceof Map<?, ?> m ? m.get(path.substring(dot + 1)) : null;
            values[i] = v;
        }
        return java.util.Arrays.asList(values);
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
