package org.clearance.screening.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityListTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            X; Y; and Z                                                   | X,Y,Z
            Beijing J&A Industry & Trade Co. Ltd.; and any successor, sub-unit, or subsidiary thereof | Beijing J&A Industry & Trade Co. Ltd.
            Northwestern Polytechnic University; and Northwest Polytechnical University. | Northwestern Polytechnic University,Northwest Polytechnical University
            Chitron Electronics Company Ltd., a.k.a. Chi-Chung Electronics Company Ltd. | Chitron Electronics Company Ltd.,Chi-Chung Electronics Company Ltd.
            """)
    void splits_alias_lists(String raw, String expected) {
        assertThat(EntityListText.aliases(raw)).isEqualTo(Arrays.asList(expected.split(",")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            For all items subject to the EAR. (See §744.11 of the EAR)4                     | 4
            For all items subject to the EAR. (See §§ 734.9(g),3 746.8(a)(3) of the EAR)   | 3
            For all items subject to the EAR. FN1                                           | 1
            For all items subject to the EAR. (See §744.11 of the EAR).                     |
            For any item subject to the EAR listed in supplement no. 2 to part 744.         |
            """)
    void reads_footnote_designations(String requirement, Integer footnote) {
        assertThat(EntityListText.footnotes(requirement)).isEqualTo(footnote == null ? List.of() : List.of(footnote));
    }
}
