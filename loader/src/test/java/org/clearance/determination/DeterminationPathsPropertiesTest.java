package org.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.clearance.catalog.Catalog;
import org.clearance.classification.Classifier;
import org.clearance.geography.Country;
import org.clearance.rulepack.RulePackLoader;

/**
 * The batch path (conditions compiled per period, place tests remembered, results drawn once per combination) gives
 * the answer the explained path gives, on generated shipments across every period, destination kind, headquarters,
 * end use and origin. Each property run shares one determiner, so the remembered results of earlier tries are used
 * by later ones.
 */
class DeterminationPathsPropertiesTest {

    private static final Catalog CATALOG = Catalog.bundled();
    private static final Determiner DETERMINER = new Determiner(RulePackLoader.bundled(),
            new Classifier(RulePackLoader.bundled(), CATALOG));
    /** Every kind of destination the rules tell apart: D:5, A:6 and D:5, Macau, HK, embargoes, regions, allies. */
    private static final List<String> PLACES = List.of("CN", "HK", "MO", "VN", "SA", "AE", "IN", "DE", "JP", "MY", "SG",
            "RU", "BY", "IR", "KP", "CU", "SY", "CY", "IL", "NI", "KH", "US", "TW", "UA-43", "UA-14", "GB", "PK", "BR");
    private static final List<LocalDate> DATES = List.of("2022-10-21", "2022-11-01", "2023-01-17", "2023-11-16",
            "2023-11-17", "2024-03-15", "2024-04-04", "2024-05-30", "2024-12-02", "2025-01-13", "2025-05-15",
            "2025-09-29", "2025-11-07", "2025-11-10", "2026-01-15", "2026-02-03", "2026-07-10", "2026-11-10")
            .stream().map(LocalDate::parse).toList();

    record Generated(String item, String destination, String endUserCountry, String hq, String parentHq,
                     Set<EndUse> endUses, String from, LocalDate date) {
    }

    @Provide
    Arbitrary<Generated> shipments() {
        Arbitrary<String> place = Arbitraries.of(PLACES);
        Arbitrary<String> maybePlace = Arbitraries.oneOf(Arbitraries.just(null), place);
        Arbitrary<Set<EndUse>> uses = Arbitraries.oneOf(Arbitraries.just(null),
                Arbitraries.of(EndUse.class).set().ofMaxSize(2).filter(s -> !s.contains(EndUse.NONE) || s.size() == 1));
        return Combinators.combine(Arbitraries.of(CATALOG.ids()), place, maybePlace, maybePlace, maybePlace, uses,
                Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.of("SG", "TW", "CN", "MY", "DE")),
                Arbitraries.of(DATES)).as(Generated::new);
    }

    @Property(tries = 3000)
    void the_batch_path_gives_the_explained_answer(@ForAll("shipments") Generated g) {
        Shipment s = new Shipment("p", CATALOG.find(g.item()).orElseThrow(), 8, country(g.destination()),
                new Party("Buyer", country(g.endUserCountry()), country(g.hq()), country(g.parentHq())), null, null,
                g.endUses() == null ? null : withoutNone(g.endUses()), country(g.from()), g.date(), null);
        Determination explained = DETERMINER.determine(s, List.of(), true);
        Determination batch = DETERMINER.determine(s, List.of(), false);
        Determination again = DETERMINER.determine(s, List.of(), false);
        for (Determination d : List.of(batch, again)) {
            assertThat(d.verdict()).isEqualTo(explained.verdict());
            assertThat(d.licenseRequired()).isEqualTo(explained.licenseRequired());
            assertThat(d.reviewPolicy()).isEqualTo(explained.reviewPolicy());
            assertThat(d.licenseExceptions()).isEqualTo(explained.licenseExceptions());
            assertThat(d.policyConditions()).isEqualTo(explained.policyConditions());
            assertThat(d.requirements()).isEqualTo(explained.requirements());
            assertThat(d.openQuestions()).isEqualTo(explained.openQuestions());
            assertThat(d.missing()).isEqualTo(explained.missing());
            assertThat(d.assumptions()).isEqualTo(explained.assumptions());
            assertThat(d.eccn()).isEqualTo(explained.eccn());
        }
    }

    private static Set<EndUse> withoutNone(Set<EndUse> uses) {
        return uses.contains(EndUse.NONE) ? Set.of() : uses;
    }

    private static Country country(String code) {
        return code == null ? null : DETERMINER.geography().byCode(code).orElseThrow();
    }
}
