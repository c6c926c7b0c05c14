package org.clearance.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OwnershipCsvTest {

    private static final Set<String> LISTED = Set.of("SDN:36", "EL:abc");
    private static final String HEADER = "owner,owned,percent,as_of,source,owner_id,owned_id,owner_country,owned_country,valid_from,valid_to\n";

    private static List<Holding> read(String rows) {
        return OwnershipCsv.read(HEADER + rows, "own.csv", LISTED::contains);
    }

    private static List<OwnershipFileException.Problem> refused(String rows) {
        try {
            read(rows);
        } catch (OwnershipFileException e) {
            return e.problems();
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    void reads_names_references_ids_countries_and_dates() {
        List<Holding> hs = read("""
                SDN:36,Caribe Holdings SA,50.00,2026-01-15,annual report 2025,,CUST-7,,Panama,2025-01-01,
                Caribe Holdings SA,Caribe Logistics,40,2026-01-15,registry,,,PA,PA,,2026-06-30
                """);
        assertThat(hs).hasSize(2);
        Holding first = hs.get(0);
        assertThat(first.owner()).isEqualTo(new HoldingParty("SDN:36", "SDN:36", null, null));
        assertThat(first.owned()).isEqualTo(new HoldingParty("Caribe Holdings SA", null, "CUST-7", "PA"));
        assertThat(first.percent().low()).isEqualByComparingTo(new BigDecimal("50.00"));
        assertThat(first.validFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(first.validTo()).isNull();
        assertThat(first.line()).isEqualTo(2);
        Holding second = hs.get(1);
        assertThat(second.validFrom()).as("valid_from defaults to as_of").isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(second.validTo()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(second.inForce(LocalDate.of(2026, 6, 30))).as("valid_to is inclusive").isTrue();
        assertThat(second.inForce(LocalDate.of(2026, 7, 1))).isFalse();
    }

    @Test
    void a_percent_outside_0_to_100_refuses_the_file_naming_the_line() {
        assertThat(refused("""
                A,B,30,2026-01-01,kyc,,,,,,
                A,C,100.5,2026-01-01,kyc,,,,,,
                A,D,-1,2026-01-01,kyc,,,,,,
                """)).extracting(Object::toString).containsExactly(
                "line 3: percent 100.5 is outside 0–100", "line 4: percent -1 is outside 0–100");
    }

    @Test
    void holders_summing_above_100_on_any_date_refuse_the_file() {
        assertThat(refused("""
                A,Target,60,2026-01-01,kyc,,,,,2026-01-01,2026-03-31
                B,Target,45,2026-01-01,kyc,,,,,2026-04-01,
                C,Target,41,2026-01-01,kyc,,,,,2026-03-01,
                """)).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(4);
                    assertThat(p.reason()).contains("sum to 101% on 2026-03-01").contains("lines 2, 4");
                });
        assertThat(read("""
                A,Target,60,2026-01-01,kyc,,,,,2026-01-01,2026-03-31
                B,Target,45,2026-01-01,kyc,,,,,2026-04-01,
                """)).as("the same shares on dates that do not meet").hasSize(2);
    }

    @Test
    void an_unknown_list_reference_and_a_missing_source_refuse_the_file() {
        assertThat(refused("""
                SDN:999999,B,30,2026-01-01,kyc,,,,,,
                A,B,30,2026-01-01,,,,,,,
                A,EL:abc,30,not-a-date,kyc,,,,,,
                """)).extracting(Object::toString).containsExactly(
                "line 2: owner SDN:999999: no such entry in the current lists (a reference is LIST:ENTRY_ID as screen --json prints list and entity_id)",
                "line 3: missing source: every holding names where it is documented",
                "line 4: as_of 'not-a-date' is not a date (YYYY-MM-DD)");
    }

    @Test
    void an_unknown_or_missing_column_is_refused_on_the_header_line() {
        assertThatThrownBy(() -> OwnershipCsv.read("owner,owned,percent,as_of\nA,B,1,2026-01-01\n", "x.csv", r -> true))
                .hasMessageContaining("x.csv:1: missing column 'source'");
        assertThatThrownBy(() -> OwnershipCsv.read("owner,owned,percent,as_of,source,share\n", "x.csv", r -> true))
                .hasMessageContaining("x.csv:1: unknown column 'share'");
    }
}
