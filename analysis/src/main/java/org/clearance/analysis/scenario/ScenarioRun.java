package org.clearance.analysis.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.clearance.app.CheckShipment;
import org.clearance.app.RuleData;
import org.clearance.classification.Classification;
import org.clearance.classification.Classifier;
import org.clearance.classification.ItemSpec;
import org.clearance.decision.Finding;
import org.clearance.determination.Determination;
import org.clearance.determination.Determiner;
import org.clearance.determination.Overlay;
import org.clearance.determination.Shipment;
import org.clearance.geography.Country;
import org.clearance.geography.CountryGroup;

/**
 * Runs a scenario, or compares two dates of a pack: every catalog item classified on both sides, and a shipment of
 * one unit to each destination decided on both sides (exported from the United States to an end user located and
 * headquartered there, no controlled end use declared). An answer that differs is explained on both sides, and the
 * rules whose findings differ are named.
 */
public final class ScenarioRun {

    private ScenarioRun() {
    }

    /** The scenario's reforms against its baseline; {@code packDir} and {@code catalogDir} null for the bundled ones. */
    public static Comparison run(Scenario s, Path packDir, Path catalogDir) {
        Path work;
        try {
            work = Files.createTempDirectory("clearance-scenario-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Path reformed = DerivedPack.write(packDir, s, work);
            List<Overlay> overlays = CheckShipment.overlays(s.overlays());
            List<String> overlayNames = s.overlays().stream().map(Path::toString).toList();
            RuleData before = new RuleData(packDir, catalogDir);
            RuleData after = new RuleData(reformed, catalogDir);
            String title = s.title() + (s.proposal() != null ? " (models: " + s.proposal().title() + ")" : "");
            return compare(title, new Input(before, s.baseline(), overlays, "baseline " + s.baseline()),
                    new Input(after, s.evaluateOn(), overlays, "reformed, read on " + s.evaluateOn()), overlayNames,
                    s.destinations(), s.reforms().stream().map(Reform::describe).toList());
        } finally {
            delete(work);
        }
    }

    /** The same pack on two dates. */
    public static Comparison between(RuleData data, LocalDate from, LocalDate to, List<Overlay> overlays,
                                     List<String> overlayNames, List<String> destinations) {
        return compare("the rules of " + from + " against those of " + to, new Input(data, from, overlays, "rules of " + from),
                new Input(data, to, overlays, "rules of " + to), overlayNames, destinations, List.of());
    }

    private record Input(RuleData data, LocalDate date, List<Overlay> overlays, String label) {
    }

    private static Comparison compare(String title, Input a, Input b, List<String> overlayNames,
                                      List<String> destinationsGiven, List<String> reforms) {
        Classifier ca = a.data().classifier();
        Classifier cb = b.data().classifier();
        Determiner da = a.data().determiner();
        Determiner db = b.data().determiner();
        LocalDate dateA = a.data().pack().requireCovered(a.date());
        LocalDate dateB = b.data().pack().requireCovered(b.date());
        List<Country> destinations = destinations(destinationsGiven, da, db, dateA, dateB);
        List<Comparison.ClassificationChange> classChanges = new ArrayList<>();
        Map<String, Comparison.VerdictChange> verdictChanges = new LinkedHashMap<>();
        List<ItemSpec> items = b.data().catalog().items();
        for (ItemSpec item : items) {
            Classifier.Result ra = ca.verdict(item, dateA);
            Classifier.Result rb = cb.verdict(item, dateB);
            if (ra.status() != rb.status() || !Objects.equals(ra.eccn(), rb.eccn())) {
                Classification xa = ca.classify(item, dateA);
                Classification xb = cb.classify(item, dateB);
                classChanges.add(new Comparison.ClassificationChange(item.id(), answer(xa), answer(xb),
                        differences(xa.findings(), xb.findings())));
            }
            for (Country c : destinations) {
                Determination qa = da.determine(shipment(item, c, dateA, Set.of()), a.overlays(), false);
                Determination qb = db.determine(shipment(item, c, dateB, Set.of()), b.overlays(), false);
                String sa = answer(qa);
                String sb = answer(qb);
                if (sa.equals(sb)) continue;
                Determination xa = da.determine(shipment(item, c, dateA, Set.of()), a.overlays(), true);
                Determination xb = db.determine(shipment(item, c, dateB, Set.of()), b.overlays(), true);
                List<Comparison.RuleDifference> rules = differences(xa.findings(), xb.findings());
                String key = item.id() + "|" + sa + "|" + sb + "|" + rules.stream().map(r -> r.rule() + r.before() + r.after()).toList();
                Comparison.VerdictChange prior = verdictChanges.get(key);
                List<String> where = new ArrayList<>(prior == null ? List.of() : prior.destinations());
                where.add(c.code());
                verdictChanges.put(key, new Comparison.VerdictChange(item.id(), where, sa, sb,
                        prior == null ? rules : prior.rules()));
            }
        }
        List<String> assumptions = List.of("each destination: one unit exported from the United States to an end user"
                + " located and headquartered there, no controlled end use declared, no restricted-party hit");
        return new Comparison(title, new Comparison.Side(a.label(), a.data().pack().info(), dateA, overlayNames),
                new Comparison.Side(b.label(), b.data().pack().info(), dateB, overlayNames), items.size(),
                destinations.stream().map(Country::code).toList(), classChanges, List.copyOf(verdictChanges.values()),
                reforms, assumptions);
    }

    private static List<Country> destinations(List<String> given, Determiner a, Determiner b, LocalDate da, LocalDate db) {
        List<Country> out = new ArrayList<>();
        if (!given.isEmpty()) {
            for (String g : given) out.add(b.geography().resolve(g));
            return out;
        }
        Set<String> codes = new TreeSet<>();
        for (CountryGroup g : a.geography().groups()) codes.addAll(g.membersOn(da));
        for (CountryGroup g : b.geography().groups()) codes.addAll(g.membersOn(db));
        for (String c : codes) b.geography().byCode(c).ifPresent(out::add);
        return out;
    }

    private static Shipment shipment(ItemSpec item, Country destination, LocalDate date,
                                     Set<org.clearance.determination.EndUse> endUses) {
        return new Shipment(null, item, 1, destination, null, null, null, endUses, null, date, Map.of());
    }

    static String answer(Classification c) {
        return c.status() + (c.eccn() != null ? " " + c.eccn() : "");
    }

    static String answer(Determination d) {
        StringBuilder b = new StringBuilder(d.verdict().toString());
        if (d.reviewPolicy() != null) b.append(", ").append(d.reviewPolicy());
        if (!d.licenseExceptions().isEmpty()) {
            b.append(", ").append(String.join("/", d.licenseExceptions().stream().map(e -> e.code()).toList()));
        }
        return b.toString();
    }

    static List<Comparison.RuleDifference> differences(List<Finding> before, List<Finding> after) {
        Map<String, Finding> a = new LinkedHashMap<>();
        for (Finding f : before) a.putIfAbsent(f.rule(), f);
        Map<String, Finding> b = new LinkedHashMap<>();
        for (Finding f : after) b.putIfAbsent(f.rule(), f);
        List<Comparison.RuleDifference> out = new ArrayList<>();
        for (Finding f : b.values()) {
            Finding old = a.get(f.rule());
            if (old != null && old.outcome() == f.outcome()) continue;
            out.add(new Comparison.RuleDifference(f.rule(), old == null ? null : old.outcome().name(),
                    f.outcome().name(), f.citation(), f.detail()));
        }
        for (Finding f : a.values()) {
            if (!b.containsKey(f.rule())) {
                out.add(new Comparison.RuleDifference(f.rule(), f.outcome().name(), null, f.citation(), f.detail()));
            }
        }
        return out;
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing the answer for
        }
    }
}
