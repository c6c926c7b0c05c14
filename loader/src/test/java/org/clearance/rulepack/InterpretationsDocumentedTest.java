package org.clearance.rulepack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clearance.law.Interpretation;
import org.clearance.law.RulePack;
import org.junit.jupiter.api.Test;

/** Counsel reviews docs/interpretations.md, not the Java: every reading the pack names must be written up there. */
class InterpretationsDocumentedTest {

    @Test
    void every_interpretation_of_the_pack_has_its_section_in_docs_interpretations() throws IOException {
        String doc = Files.readString(Path.of("../docs/interpretations.md"));
        RulePack pack = RulePackLoader.bundled();
        assertThat(pack.interpretations()).isNotEmpty();
        for (Interpretation i : pack.interpretations()) {
            String anchor = i.doc().substring(i.doc().indexOf('#') + 1);
            assertThat(anchor).isEqualTo(i.id());
            assertThat(doc).as("docs/interpretations.md anchor for " + i.id()).contains("<a id=\"" + anchor + "\"></a>");
        }
    }
}
