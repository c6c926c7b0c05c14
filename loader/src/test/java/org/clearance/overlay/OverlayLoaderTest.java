package org.clearance.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.clearance.decision.Tri;
import org.clearance.determination.Overlay;
import org.clearance.determination.OverlayEffect;
import org.clearance.determination.OverlayInput;
import org.clearance.determination.ReviewPolicy;
import org.clearance.yaml.Documents;
import org.clearance.yaml.InputException;
import org.junit.jupiter.api.Test;

class OverlayLoaderTest {

    private static final String STATUS = """
            status:
              2025-04-09:
                status: in_force
                cite: {fr: "Letter of 2025-04-09"}
                confidence: quoted
            """;

    private static Overlay load(String yaml) {
        return OverlayLoader.read(Documents.parse(yaml.getBytes(StandardCharsets.UTF_8), "overlay.yaml", false), "overlay.yaml");
    }

    private static InputException refused(String yaml) {
        Throwable t = catchThrowable(() -> load(yaml));
        assertThat(t).isInstanceOf(InputException.class);
        return (InputException) t;
    }

    private static OverlayInput input(Double dram, String destination) {
        return new OverlayInput(new OverlayInput.Item("x", "X", "Acme", "integrated_circuit", null, "NOT_CONTROLLED", 2368.0,
                2.9, dram, 900.0, true), 8, destination,
                destination.equals("CN") ? List.of("D:1", "D:3", "D:4", "D:5") : List.of(),
                new OverlayInput.EndUser("Buyer", destination, destination, destination, List.of(), List.of()),
                "US", "export", List.of(), "2025-06-01");
    }

    @Test
    void the_shipped_h20_overlay_loads_and_tests_bandwidth_and_scope() {
        Overlay o = OverlayLoader.load(Path.of("../overlays/examples/nvidia-h20-2025-04.yaml"));
        assertThat(o.effect()).isEqualTo(new OverlayEffect.RequireLicense(null));
        assertThat(o.test(input(4000.0, "CN"))).isEqualTo(Tri.TRUE);
        assertThat(o.test(input(4000.0, "DE"))).isEqualTo(Tri.FALSE);
    }

    @Test
    void a_missing_input_makes_the_overlay_undetermined_and_says_which() {
        Overlay o = load("id: t\ntitle: t\ntext: t\neffect: require_license\nwhen: item.dram_bandwidth_gb_s >= 4000.0\n" + STATUS);
        assertThat(o.test(input(null, "CN"))).isEqualTo(Tri.UNKNOWN);
        assertThat(o.lastProblem(input(null, "CN"))).contains("dram_bandwidth_gb_s");
        assertThat(o.test(input(3999.0, "CN"))).isEqualTo(Tri.FALSE);
    }

    @Test
    void an_effect_that_would_relax_the_rules_is_refused_at_load() {
        InputException e = refused("id: t\ntitle: t\ntext: t\neffect: allow_without_license\nwhen: 'true'\n" + STATUS);
        assertThat(e.field()).isEqualTo("effect");
        assertThat(e.reason()).contains("is not allowed").contains("never relax");
    }

    @Test
    void an_unknown_key_is_refused_at_load() {
        InputException e = refused("id: t\ntitle: t\ntext: t\neffect: hold_for_review\nwhen: 'true'\nexemption: true\n" + STATUS);
        assertThat(e.field()).isEqualTo("exemption");
    }

    @Test
    void an_expression_that_does_not_compile_to_a_boolean_is_refused_with_its_reason() {
        InputException e = refused("id: t\ntitle: t\ntext: t\neffect: hold_for_review\nwhen: item.tpp + 1\n" + STATUS);
        assertThat(e.field()).isEqualTo("when");
        assertThat(e.reason()).contains("does not compile to a boolean");
        InputException unknownVariable = refused("id: t\ntitle: t\ntext: t\neffect: hold_for_review\nwhen: price > 3\n" + STATUS);
        assertThat(unknownVariable.reason()).contains("price");
    }

    @Test
    void an_overlay_without_a_citation_is_refused() {
        InputException e = refused("id: t\ntitle: t\ntext: t\neffect: hold_for_review\nwhen: 'true'\n"
                + "status:\n  2025-04-09: {status: in_force, confidence: quoted}\n");
        assertThat(e.field()).isEqualTo("status.2025-04-09.cite");
    }

    @Test
    void set_review_policy_needs_a_policy_and_only_sets_a_floor() {
        Overlay o = load("id: t\ntitle: t\ntext: t\neffect: set_review_policy\npolicy: presumption_of_denial\nwhen: 'true'\n" + STATUS);
        assertThat(o.effect()).isEqualTo(new OverlayEffect.SetReviewPolicy(ReviewPolicy.PRESUMPTION_OF_DENIAL));
        assertThat(refused("id: t\ntitle: t\ntext: t\neffect: set_review_policy\nwhen: 'true'\n" + STATUS).reason())
                .contains("needs a policy");
    }

    @Test
    void an_overlay_reads_the_variables_its_expression_names() {
        CelOverlay h20 = (CelOverlay) OverlayLoader.load(Path.of("../overlays/examples/nvidia-h20-2025-04.yaml"));
        assertThat(h20.reads()).containsExactly("destination", "destination_groups", "end_user.hq", "end_user.hq_groups",
                "end_user.parent_hq", "end_user.parent_hq_groups", "item.dram_bandwidth_gb_s", "item.id",
                "item.interconnect_gb_s");
        CelOverlay whole = (CelOverlay) load("id: t\ntitle: t\ntext: t\neffect: hold_for_review\n"
                + "when: \"end_uses.exists(u, u == 'military') || size(end_user) > 7 || has(item.tpp)\"\n" + STATUS);
        assertThat(whole.reads()).contains("end_uses", "end_user", "item.tpp").doesNotContain("item", "quantity");
    }

    /** Remembered results are the results: inputs that differ only where the expression does not read share one. */
    @Test
    void a_remembered_result_equals_a_fresh_evaluation_for_every_input() {
        CelOverlay o = (CelOverlay) load("id: t\ntitle: t\ntext: t\neffect: require_license\n"
                + "when: \"(item.dram_bandwidth_gb_s >= 4000.0 || quantity > 30) && end_user.name != 'Buyer 3'"
                + " && !('military' in end_uses)\"\n" + STATUS);
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        Double[] drams = {null, 3999.0, 4000.0, 4800.0};
        int remembered = 0;
        for (int i = 0; i < 5_000; i++) {
            OverlayInput base = input(drams[random.nextInt(drams.length)], random.nextBoolean() ? "CN" : "DE");
            OverlayInput in = new OverlayInput(base.item(), 1 + random.nextInt(60), base.destination(),
                    base.destinationGroups(), new OverlayInput.EndUser("Buyer " + random.nextInt(5), "CN", "CN", "CN",
                    List.of(), List.of()), base.exportFrom(), base.transaction(),
                    random.nextInt(4) == 0 ? List.of("military") : List.of(), base.date());
            Tri fresh = o.evaluate(CelOverlay.variables(in));
            assertThat(o.test(in)).as("input %s", in).isEqualTo(fresh);
            if (i > 0) remembered++;
        }
        assertThat(remembered).isPositive();
        assertThat(o.test(input(4000.0, "CN"))).isEqualTo(Tri.TRUE);
        assertThat(o.test(input(null, "CN"))).isEqualTo(Tri.UNKNOWN);
    }
}
