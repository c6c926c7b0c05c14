package org.clearance.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnershipFtmTest {

    @Test
    void ownership_entities_become_holdings_with_names_countries_and_ranged_percentages() throws Exception {
        String text = """
                {"id": "own-1", "schema": "Ownership", "properties": {"owner": ["p1"], "asset": ["c1"], "percentage": ["10-25%"], "startDate": ["2019"]}}
                {"id": "p1", "schema": "Company", "properties": {"name": ["Owner Holdings"], "jurisdiction": ["cn"]}}
                {"id": "c1", "schema": "Company", "properties": {"name": ["Owned Trading Ltd"], "country": ["hk"]}}
                {"id": "own-2", "schema": "Ownership", "properties": {"owner": ["p9"], "asset": ["c1"], "percentage": ["more than 25%"], "endDate": ["2025-12-31"]}}
                """;
        List<Holding> hs = OwnershipFtm.read(text, "x.ftm.json", LocalDate.of(2026, 1, 1), "opensanctions");
        assertThat(hs).hasSize(2);
        Holding h = hs.get(0);
        assertThat(h.owner()).isEqualTo(new HoldingParty("Owner Holdings", null, "ftm:p1", "CN"));
        assertThat(h.owned()).isEqualTo(new HoldingParty("Owned Trading Ltd", null, "ftm:c1", "HK"));
        assertThat(h.percent().low()).isEqualByComparingTo(BigDecimal.TEN);
        assertThat(h.percent().high()).isEqualByComparingTo(new BigDecimal("25"));
        assertThat(h.validFrom()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(h.asOf()).isEqualTo(LocalDate.of(2026, 1, 1));
        Holding g = hs.get(1);
        assertThat(g.owner().name()).as("an owner the file does not name keeps its id").isEqualTo("p9");
        assertThat(g.validFrom()).isEqualTo(OwnershipFtm.NO_START);
        assertThat(g.validTo()).isEqualTo(LocalDate.of(2025, 12, 31));
    }
}
