package org.clearance.screening.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationSplitTest {

    @Test
    void a_case_id_depends_on_what_is_asked_and_expected_not_on_its_note() {
        String[] a = {"typo", "HIKVISON", "", "", "EL:1", "note one"};
        String[] b = {"typo", "HIKVISON", "", "", "EL:1", "another note"};
        String[] c = {"typo", "HIKVISON", "", "", "EL:2", "note one"};
        assertThat(EvaluationSplit.caseId(a)).isEqualTo(EvaluationSplit.caseId(b)).hasSize(16);
        assertThat(EvaluationSplit.caseId(a)).isNotEqualTo(EvaluationSplit.caseId(c));
    }

    @Test
    void the_part_is_a_fixed_function_of_the_id() {
        // sha256("0000000000000000") starts fcdb4b42; 0xfcdb4b42 % 100 = 82 → held out.
        assertThat(EvaluationSplit.part("0000000000000000")).isEqualTo(EvaluationSplit.Part.HELD_OUT);
        assertThat(EvaluationSplit.part("0000000000000000")).isEqualTo(EvaluationSplit.part("0000000000000000"));
    }

    @Test
    void about_seventy_percent_of_the_cases_are_in_the_development_part() throws Exception {
        List<String[]> cases = Evaluation.cases();
        long dev = cases.stream().filter(c -> EvaluationSplit.part(EvaluationSplit.caseId(c)) == EvaluationSplit.Part.DEVELOPMENT).count();
        assertThat((double) dev / cases.size()).isBetween(0.66, 0.74);
    }
}
