package org.clearance.analysis.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clearance.app.RuleData;
import org.clearance.classification.Classification;
import org.clearance.classification.ClassificationStatus;
import org.clearance.classification.Classifier;
import org.clearance.classification.Die;
import org.clearance.classification.DieRole;
import org.clearance.classification.ItemKind;
import org.clearance.classification.ItemSpec;
import org.clearance.classification.Metric;
import org.clearance.classification.Throughput;

/**
 * The TPP × performance-density plane on a date: the regions of 3A090 drawn by classifying a synthetic chip at every
 * cell of a grid (so the regions are the rules of that date, read from the pack, not lines drawn here), labelled with
 * the paragraphs met; every catalog chip a mark whose SVG {@code <title>} is its catalog id, labelled where space
 * allows; chips whose performance density is unknown in a strip beneath the plane.
 */
public final class PlaneChart {

    private static final int W = 980;
    private static final int H = 680;
    private static final double LEFT = 80;
    private static final double TOP = 60;
    private static final double PW = 760;
    private static final double PH = 470;
    private static final double STRIP = 44;
    private static final int NX = 152;
    private static final int NY = 94;
    /** The synthetic chip's interconnect, for the 2022 test (stated in the chart's note). */
    static final BigDecimal SYNTHETIC_INTERCONNECT = new BigDecimal("900");

    private PlaneChart() {
    }

    public record Mark(String id, BigDecimal tpp, BigDecimal pd, ClassificationStatus status, String eccn) {
    }

    public static Scene draw(RuleData data, LocalDate date) {
        Classifier classifier = data.classifier();
        List<Mark> marks = new ArrayList<>();
        for (ItemSpec item : data.catalog().items()) {
            Classification c = classifier.classify(item, date);
            marks.add(new Mark(item.id(), c.icMetric(Metric.TPP), c.icMetric(Metric.PERFORMANCE_DENSITY), c.status(), c.eccn()));
        }
        double maxTpp = 1000;
        double maxPd = 10;
        for (Mark m : marks) {
            if (m.tpp() != null) maxTpp = Math.max(maxTpp, m.tpp().doubleValue());
            if (m.pd() != null) maxPd = Math.max(maxPd, m.pd().doubleValue());
        }
        double x0 = 1;                                       // log10 TPP from 10
        double x1 = Math.ceil(Math.log10(maxTpp * 1.3));
        double y0 = -1;                                      // log10 PD from 0.1
        double y1 = Math.ceil(Math.log10(maxPd * 1.3));
        Axes axes = new Axes(x0, x1, y0, y1);
        Scene scene = new Scene(W, H, "3A090 on " + date + ": TPP × performance density, " + marks.size()
                + " catalog chips (rule pack " + data.pack().info().id() + " " + data.pack().info().hash() + ")");
        regions(scene, classifier, date, axes);
        frame(scene, axes, date, data);
        chips(scene, marks, axes);
        return scene;
    }

    private record Axes(double x0, double x1, double y0, double y1) {
        double x(double tpp) {
            return LEFT + (Math.log10(tpp) - x0) / (x1 - x0) * PW;
        }

        double y(double pd) {
            return TOP + PH - (Math.log10(pd) - y0) / (y1 - y0) * PH;
        }

        double tppAt(double px) {
            return Math.pow(10, x0 + (px - LEFT) / PW * (x1 - x0));
        }

        double pdAt(double py) {
            return Math.pow(10, y0 + (TOP + PH - py) / PH * (y1 - y0));
        }
    }

    private static void regions(Scene scene, Classifier classifier, LocalDate date, Axes a) {
        double cw = PW / NX;
        double ch = PH / NY;
        String[][] keys = new String[NY][NX];
        Map<String, double[]> centroids = new LinkedHashMap<>();
        for (int j = 0; j < NY; j++) {
            for (int i = 0; i < NX; i++) {
                double tpp = a.tppAt(LEFT + (i + 0.5) * cw);
                double pd = a.pdAt(TOP + (j + 0.5) * ch);
                Classification c = classifier.classify(synthetic(tpp, pd), date);
                String key = c.status() == ClassificationStatus.CONTROLLED
                        ? c.eccn() + " (" + String.join(", ", c.paragraphs()) + ")" : c.status().toString();
                keys[j][i] = key;
                double[] acc = centroids.computeIfAbsent(key, k -> new double[3]);
                acc[0] += i;
                acc[1] += j;
                acc[2]++;
            }
        }
        for (int j = 0; j < NY; j++) {
            int i = 0;
            while (i < NX) {
                int k = i;
                while (k < NX && keys[j][k].equals(keys[j][i])) k++;
                scene.add(new Scene.Rect(LEFT + i * cw, TOP + j * ch, (k - i) * cw + 0.3, ch + 0.3, fill(keys[j][i]),
                        null, keys[j][i]));
                i = k;
            }
        }
        List<double[]> labels = new ArrayList<>();
        List<Map.Entry<String, double[]>> bySize = new ArrayList<>(centroids.entrySet());
        bySize.sort((x, y) -> Double.compare(y.getValue()[2], x.getValue()[2]));
        for (var e : bySize) {
            double[] acc = e.getValue();
            // the cell of this region nearest its centroid (a region need not be convex)
            double ci = acc[0] / acc[2];
            double cj = acc[1] / acc[2];
            int bi = 0;
            int bj = 0;
            double best = Double.MAX_VALUE;
            for (int j = 0; j < NY; j++) {
                for (int i = 0; i < NX; i++) {
                    if (!keys[j][i].equals(e.getKey())) continue;
                    double d = (i - ci) * (i - ci) + (j - cj) * (j - cj);
                    if (d < best) {
                        best = d;
                        bi = i;
                        bj = j;
                    }
                }
            }
            String label = label(e.getKey());
            double lx = LEFT + (bi + 0.5) * cw;
            double ly = TOP + (bj + 0.5) * ch;
            double w = Scene.textWidth(label, 11);
            double[] box = {lx - w / 2, ly - 10, lx + w / 2, ly + 3};
            if (overlaps(box, labels)) continue;
            labels.add(box);
            scene.add(new Scene.Text(lx, ly, label, 11, "middle", "#5f2b00", true, e.getKey()));
        }
    }

    /** "3A090.a (3A090.a.1, 3A090.a.2)" → "a.1 + a.2 → 3A090.a". */
    private static String label(String key) {
        if (key.equals("NOT_CONTROLLED")) return "not controlled";
        if (key.equals("INDETERMINATE")) return "indeterminate";
        int open = key.indexOf(" (");
        if (open < 0) return key;
        String eccn = key.substring(0, open);
        String[] parts = key.substring(open + 2, key.length() - 1).split(", ");
        List<String> shortParts = new ArrayList<>();
        for (String p : parts) shortParts.add(p.startsWith("3A090.") ? p.substring(6) : p);
        if (shortParts.size() == 1 && eccn.endsWith(shortParts.get(0))) return eccn;
        return String.join(" + ", shortParts) + " → " + eccn;
    }

    /** A datacenter IC with the given TPP (as 8-bit TOPS) and PD (through its die area). */
    static ItemSpec synthetic(double tpp, double pd) {
        BigDecimal t = new BigDecimal(tpp, MathContext.DECIMAL64);
        BigDecimal area = new BigDecimal(tpp / pd, MathContext.DECIMAL64);
        return new ItemSpec(null, "synthetic", null, List.of(), ItemKind.INTEGRATED_CIRCUIT, true,
                List.of(new Throughput("INT8", 8, t.divide(BigDecimal.valueOf(8), MathContext.DECIMAL64), false)), null,
                List.of(new Die(area, true, DieRole.LOGIC)), SYNTHETIC_INTERCONNECT, null, null, null, null, null);
    }

    private static String fill(String key) {
        if (key.startsWith("3A090.a")) return "#f6cdc8";
        if (key.startsWith("3A090.b")) return "#fde3bd";
        if (key.equals("NOT_CONTROLLED")) return "#e7f3e8";
        return "#e4e4e4";
    }

    private static void frame(Scene scene, Axes a, LocalDate date, RuleData data) {
        scene.add(new Scene.Text(LEFT, 28, "3A090 as of " + date + ": total processing performance × performance density",
                17, "start", "#202124", true, null));
        scene.add(new Scene.Text(LEFT, 46, "Regions: a synthetic datacenter chip classified at each cell by the rules of "
                + date + " (interconnect " + SYNTHETIC_INTERCONNECT + " GB/s for the 2022 test). Pack "
                + data.pack().info().id() + " " + data.pack().info().hash().substring(0, 19) + "…", 11, "start", "#5f6368",
                false, null));
        scene.add(new Scene.Rect(LEFT, TOP, PW, PH, null, "#5f6368", null));
        for (int e = (int) a.x0(); e <= (int) a.x1(); e++) {
            double x = a.x(Math.pow(10, e));
            scene.add(new Scene.Line(x, TOP, x, TOP + PH + STRIP, "#9aa0a6", 0.5, true));
            scene.add(new Scene.Text(x, TOP + PH + STRIP + 16, String.format(Locale.ROOT, "%,d", (long) Math.pow(10, e)),
                    11, "middle", "#202124", false, null));
        }
        for (int e = (int) a.y0(); e <= (int) a.y1(); e++) {
            double y = a.y(Math.pow(10, e));
            scene.add(new Scene.Line(LEFT, y, LEFT + PW, y, "#9aa0a6", 0.5, true));
            String label = e < 0 ? "0.1" : String.format(Locale.ROOT, "%,d", (long) Math.pow(10, e));
            scene.add(new Scene.Text(LEFT - 6, y + 4, label, 11, "end", "#202124", false, null));
        }
        scene.add(new Scene.Rect(LEFT, TOP + PH + 6, PW, STRIP - 8, "#f1f3f4", "#9aa0a6",
                "performance density unknown (die area not published)"));
        scene.add(new Scene.Text(LEFT - 6, TOP + PH + STRIP / 2 + 6, "PD ?", 11, "end", "#202124", false, null));
        scene.add(new Scene.Text(LEFT + 4, TOP + PH + 17, "TPP ? (left)", 8, "start", "#5f6368", false,
                "chips whose TPP is unknown stand at the left end of the strip"));
        scene.add(new Scene.Text(LEFT + PW / 2, H - 16, "TPP (log scale)", 13, "middle", "#202124", true, null));
        scene.add(new Scene.Text(18, TOP + PH / 2, "PD", 13, "middle", "#202124", true, null));
        double lx = LEFT + PW + 14;
        String[][] legend = {{"#c5221f", "3A090.a"}, {"#e37400", "3A090.b"}, {"#188038", "not controlled"},
                {"#80868b", "indeterminate"}};
        for (int i = 0; i < legend.length; i++) {
            scene.add(new Scene.Circle(lx + 5, TOP + 10 + i * 20, 5, legend[i][0], "#202124", null, null));
            scene.add(new Scene.Text(lx + 15, TOP + 14 + i * 20, legend[i][1], 11, "start", "#202124", false, null));
        }
    }

    private static void chips(Scene scene, List<Mark> marks, Axes a) {
        List<double[]> boxes = new ArrayList<>();
        int unknown = 0;
        for (Mark m : marks) {
            double x;
            double y;
            if (m.tpp() == null) {
                x = LEFT + 8 + unknown * 9;
                y = TOP + PH + STRIP / 2 + 2;
                unknown++;
            } else if (m.pd() == null) {
                x = a.x(m.tpp().doubleValue());
                y = TOP + PH + STRIP / 2 + 2 + (boxes.size() % 3 - 1) * 7;
            } else {
                x = a.x(m.tpp().doubleValue());
                y = a.y(m.pd().doubleValue());
            }
            String color = switch (m.status()) {
                case CONTROLLED -> m.eccn() != null && m.eccn().startsWith("3A090.b") ? "#e37400" : "#c5221f";
                case NOT_CONTROLLED -> "#188038";
                case INDETERMINATE -> "#80868b";
            };
            String hover = m.id();
            scene.add(new Scene.Circle(x, y, 4.5, color, "#202124", hover, "chip-" + m.id()));
            boxes.add(new double[]{x - 5, y - 5, x + 5, y + 5});
        }
        // labels where they fit: to the right of the mark, not over another mark or label, inside the plot
        for (Mark m : marks) {
            if (m.tpp() == null || m.pd() == null) continue;
            double x = a.x(m.tpp().doubleValue()) + 7;
            double y = a.y(m.pd().doubleValue()) + 3;
            double w = Scene.textWidth(m.id(), 9);
            double[] box = {x, y - 9, x + w, y + 2};
            if (box[2] > LEFT + PW + 150 || overlaps(box, boxes)) continue;
            boxes.add(box);
            scene.add(new Scene.Text(x, y, m.id(), 9, "start", "#202124", false, m.id()));
        }
    }

    private static boolean overlaps(double[] b, List<double[]> boxes) {
        for (double[] o : boxes) {
            if (b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]) return true;
        }
        return false;
    }
}
