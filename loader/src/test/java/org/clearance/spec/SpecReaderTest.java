package org.clearance.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import org.clearance.classification.ItemKind;
import org.clearance.classification.ItemSpec;
import org.clearance.yaml.Documents;
import org.clearance.yaml.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpecReaderTest {

    private static ItemSpec yaml(String text) {
        return SpecReader.read(Documents.parse(text.getBytes(StandardCharsets.UTF_8), "chip.yaml", false));
    }

    private static InputException fails(String text) {
        Throwable t = catchThrowable(() -> yaml(text));
        assertThat(t).isInstanceOf(InputException.class);
        return (InputException) t;
    }

    @Test
    void reads_every_field_of_an_integrated_circuit() {
        ItemSpec s = yaml("""
                id: acme-x1
                name: X1
                vendor: Acme
                sources: [{href: "https://example.com/x1.pdf", supports: throughput}]
                datacenter: true
                throughput:
                  - {precision: FP8, bit_length: 8, tops: 1000}
                  - {precision: FP8, bit_length: 8, tops: 2000, sparse: true}
                dies: [{area_mm2: 500, non_planar: true}, {area_mm2: 100, role: memory}]
                interconnect_gb_s: 900
                dram_bandwidth_gb_s: 3350
                base_eccn: 5a992.C
                """);
        assertThat(s.kind()).isEqualTo(ItemKind.INTEGRATED_CIRCUIT);
        assertThat(s.throughput()).hasSize(2);
        assertThat(s.throughput().get(1).sparse()).isTrue();
        assertThat(s.dies().get(1).nonPlanar()).isNull();
        assertThat(s.baseEccn()).isEqualTo("5A992.c");
        assertThat(s.sources()).singleElement().satisfies(src -> assertThat(src.supports()).isEqualTo("throughput"));
    }

    @Test
    void reads_json_too() {
        ItemSpec s = SpecReader.read(Documents.parse(
                "{\"throughput\": [{\"precision\": \"FP16\", \"bit_length\": 16, \"tops\": 300}]}".getBytes(StandardCharsets.UTF_8),
                "chip.json", true));
        assertThat(s.throughput().get(0).tops()).isEqualByComparingTo("300");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an unknown top-level key            | {throughput: [], tdp: 700}                                             | tdp                      | unknown key
            an unknown key in a throughput row  | {throughput: [{precision: FP8, bit_length: 8, tops: 1, dense: true}]}  | throughput[0].dense      | unknown key
            a negative throughput               | {throughput: [{precision: FP8, bit_length: 8, tops: -1}]}              | throughput[0].tops       | must not be negative
            a non-numeric throughput            | {throughput: [{precision: FP8, bit_length: 8, tops: abc}]}             | throughput[0].tops       | expected a number
            a quoted number                     | {throughput: [{precision: FP8, bit_length: 8, tops: "100"}]}           | throughput[0].tops       | expected a number
            a missing bit length                | {throughput: [{precision: FP8, tops: 100}]}                            | throughput[0].bit_length | required field is missing
            a fractional bit length             | {throughput: [{precision: FP8, bit_length: 8.5, tops: 100}]}           | throughput[0].bit_length | expected a whole number
            a zero die area                     | {throughput: [], dies: [{area_mm2: 0}]}                                | dies[0].area_mm2         | must be greater than 0
            an unknown die role                 | {throughput: [], dies: [{area_mm2: 10, role: cache}]}                  | dies[0].role             | unknown role
            an unknown kind                     | {kind: server, contains: []}                                           | kind                     | unknown kind
            a datacenter flag that is not a boolean | {datacenter: yes please, throughput: []}                           | datacenter               | expected true or false
            a negative interconnect             | {throughput: [], interconnect_gb_s: -5}                                | interconnect_gb_s        | must not be negative
            a bad base ECCN                     | {throughput: [], base_eccn: 5A99}                                      | base_eccn                | invalid ECCN
            a bad id                            | {id: H100 SXM, throughput: []}                                         | id                       | invalid id
            contents in an integrated circuit   | {contains: [{item: nvidia-h100-sxm5-80gb, count: 1}]}                  | contains                 | only a computer
            a zero count                        | {kind: computer, contains: [{item: nvidia-h100-sxm5-80gb, count: 0}]}  | contains[0].count        | must be greater than 0
            throughput on a computer            | {kind: computer, throughput: []}                                       | throughput               | list them under contains
            """)
    void refuses_bad_input_naming_the_field(String what, String yaml, String field, String reason) {
        InputException e = fails(yaml);
        assertThat(e.file()).isEqualTo("chip.yaml");
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.reason()).contains(reason);
    }

    @Test
    void a_spec_with_none_of_the_required_fields_is_refused() {
        InputException e = fails("{name: X1, vendor: Acme}");
        assertThat(e.field()).isNull();
        assertThat(e.reason()).contains("at least one of throughput, processing_units, hbm, contains");
    }

    @Test
    void throughput_and_processing_units_together_are_refused() {
        InputException e = fails("{throughput: [], processing_units: []}");
        assertThat(e.reason()).contains("not both");
    }

    @Test
    void a_file_that_is_not_yaml_names_its_line() {
        InputException e = fails("throughput: [\n  {precision: FP8\n");
        assertThat(e.reason()).contains("line");
    }
}
