package org.clearance.analysis.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clearance.decision.Numbers;
import org.clearance.law.DatedValue;
import org.clearance.law.Parameter;
import org.clearance.law.Rule;
import org.clearance.law.RulePack;
import org.clearance.law.RuleStatus;

/**
 * The pack through time, from its first date: one row per threshold (each dated value written on its segment) and
 * one per rule (each segment coloured by its status: in force, stayed, not enforced, repealed), every segment with
 * its citation as hover text.
 */
public final class TimelineChart {

    private static final double LEFT = 300;
    private static final double TOP = 70;
    private static final double PW = 820;
    private static final double ROW = 17;

    private TimelineChart() {
    }

    public static Scene draw(RulePack pack, LocalDate to) {
        LocalDate from = pack.info().coversFrom().withDayOfMonth(1);
        List<Parameter> parameters = new ArrayList<>(pack.parameters());
        parameters.sort(Comparator.comparing(Parameter::id));
        List<Rule> rules = new ArrayList<>(pack.rules());
        rules.sort(Comparator.comparing(Rule::source));
        int rows = parameters.size() + rules.size() + 2;
        int height = (int) (TOP + rows * ROW + 60);
        Scene scene = new Scene((int) (LEFT + PW + 30), height, "Rule pack " + pack.info().id() + " from " + from
                + " to " + to + ": thresholds and rules");
        double span = ChronoUnit.DAYS.between(from, to);
        java.util.function.Function<LocalDate, Double> x = d -> LEFT + Math.max(0, Math.min(span,
                ChronoUnit.DAYS.between(from, d))) / span * PW;
        scene.add(new Scene.Text(20, 28, "Thresholds and rules of " + pack.info().id() + ", " + from + " to " + to, 17,
                "start", "#202124", true, null));
        scene.add(new Scene.Text(20, 46, "Each segment: a dated value or status from the pack, its citation as hover text."
                + " Green in force, amber stayed, violet not enforced, grey repealed.", 11, "start", "#5f6368", false, null));
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            LocalDate d = LocalDate.of(year, 1, 1);
            if (d.isBefore(from)) continue;
            double px = x.apply(d);
            scene.add(new Scene.Line(px, TOP - 8, px, height - 50, "#dadce0", 1, false));
            scene.add(new Scene.Text(px, TOP - 12, Integer.toString(year), 11, "middle", "#202124", false, null));
        }
        double y = TOP;
        scene.add(new Scene.Text(20, y + 12, "Thresholds (parameters)", 12, "start", "#202124", true, null));
        y += ROW;
        for (Parameter p : parameters) {
            scene.add(new Scene.Text(28, y + 12, p.id(), 10, "start", "#202124", false, p.description()));
            List<DatedValue<BigDecimal>> values = p.series().values();
            for (int i = 0; i < values.size(); i++) {
                DatedValue<BigDecimal> v = values.get(i);
                LocalDate end = i + 1 < values.size() ? values.get(i + 1).from() : to;
                if (!v.from().isBefore(to)) continue;
                double a = x.apply(v.from());
                double b = x.apply(end);
                String text = v.value() == null ? "repealed" : Numbers.format(v.value());
                scene.add(new Scene.Rect(a, y + 2, Math.max(1, b - a), ROW - 4, v.value() == null ? "#e8eaed" : "#d2e3fc",
                        "#8ab4f8", p.id() + " = " + text + " from " + v.from() + " [" + v.cite().text() + "]"));
                scene.add(new Scene.Text(a + 3, y + 12, text, 9.5, "start", "#174ea6", false, null));
            }
            y += ROW;
        }
        y += ROW / 2;
        scene.add(new Scene.Text(20, y + 12, "Rules", 12, "start", "#202124", true, null));
        y += ROW;
        for (Rule r : rules) {
            scene.add(new Scene.Text(28, y + 12, r.id(), 10, "start", "#202124", false, r.title()));
            List<DatedValue<RuleStatus>> statuses = r.status().values();
            for (int i = 0; i < statuses.size(); i++) {
                DatedValue<RuleStatus> s = statuses.get(i);
                LocalDate end = i + 1 < statuses.size() ? statuses.get(i + 1).from() : to;
                if (!s.from().isBefore(to)) continue;
                double a = x.apply(s.from());
                double b = x.apply(end);
                RuleStatus status = s.value() == null ? RuleStatus.REPEALED : s.value();
                scene.add(new Scene.Rect(a, y + 3, Math.max(1, b - a), ROW - 6, color(status), null,
                        r.id() + ": " + status + " from " + s.from() + " [" + s.cite().text() + "]"
                                + (s.note() != null ? " — " + s.note() : "")));
            }
            y += ROW;
        }
        return scene;
    }

    private static String color(RuleStatus s) {
        return switch (s) {
            case IN_FORCE -> "#81c995";
            case STAYED -> "#fdd663";
            case NOT_ENFORCED -> "#c58af9";
            case REPEALED -> "#bdc1c6";
        };
    }
}
