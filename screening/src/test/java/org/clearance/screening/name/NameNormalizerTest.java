package org.clearance.screening.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormalizerTest {

    private final NameNormalizer n = NameNormalizer.standard();

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            HUAWEI TECHNOLOGIES CO., LTD.                       | huawei technology
            Huawei Technologies Co Ltd                          | huawei technology
            A.C. International                                  | ac international
            Xi'an Xiangyu Aviation Technology Group             | xian xiangyu aviation technology group
            CASIC 33rd Research Institute                       | casic 33 research institute
            China Electronic Technology Group Corporation No. 11 Research Institute | china electronic technology group 11 research institute
            OOO Baikal Elektroniks                              | baikal elektroniks
            JOINT STOCK COMPANY CONCERN KALASHNIKOV             | concern kalashnikov
            ROSOBORONEKSPORT OAO                                | rosoboroneksport
            Société Générale S.A.                               | societe generale
            MÜLLER GmbH                                         | muller
            Intl Tech Mfg                                       | international technology manufacturing
            FAWARIS LIMITYED LIABILITY COMPANY                  | fawaris
            Bank of the East & West                             | bank east west
            Limited                                             | limited
            """)
    void normalises_latin_names(String raw, String expected) {
        assertThat(n.normalize(raw).text()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Рособоронэкспорт                  | rosoboroneksport
            Владимир Путин                    | vladimir putin
            ООО «Байкал Электроникс»          | baykal elektroniks
            Μητσοτάκης                        | metsotakes
            김정은                             | gimjeong eun
            محمد علي                          | mhmd ly
            """)
    void transliterates_other_scripts_without_an_external_service(String raw, String expected) {
        NormalizedName name = n.normalize(raw);
        assertThat(name.text()).isEqualTo(expected);
        assertThat(name.route()).isEqualTo("transliterated");
    }

    @Test
    void translates_chinese_words_and_romanises_the_rest_in_a_second_form() {
        List<NormalizedName> forms = n.variants("西北工业大学");
        assertThat(forms).extracting(NormalizedName::text).containsExactly("northwest industry university", "xibei gongye daxue");
        assertThat(forms).extracting(NormalizedName::route).containsExactly("translated", "romanised");
    }

    @Test
    void reads_traditional_characters_as_simplified_and_drops_chinese_legal_forms() {
        assertThat(n.normalize("華為技術有限公司").text()).isEqualTo(n.normalize("华为技术有限公司").text()).isEqualTo("huawei technology");
        assertThat(n.normalize("华为技术有限公司").legalForms()).containsExactly("zh legal form");
    }

    @Test
    void records_removed_legal_forms_for_the_explanation() {
        assertThat(n.normalize("Gazprom, OAO").legalForms()).containsExactly("oao");
    }

    @Test
    void knows_a_name_without_letters() {
        assertThat(NameNormalizer.hasLetter("12345 --")).isFalse();
        assertThat(NameNormalizer.hasLetter("华为")).isTrue();
    }
}
