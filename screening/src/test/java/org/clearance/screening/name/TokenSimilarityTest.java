package org.clearance.screening.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenSimilarityTest {

    @ParameterizedTest(name = "{0}/{1} = {2}")
    @CsvSource({"martha,marhta,0.9611", "dwayne,duane,0.84", "dixon,dicksonx,0.8133", "abc,abc,1.0", "abc,xyz,0.0"})
    void jaro_winkler_matches_the_textbook_values(String a, String b, double expected) {
        assertThat(JaroWinkler.similarity(a, b)).isCloseTo(expected, within(0.001));
    }

    @ParameterizedTest(name = "{0}/{1} = {2}")
    @CsvSource({"kitten,sitting,3", "ca,ac,1", "abc,abc,0", "qaddafi,qadhafi,1", "lind,linda,1"})
    void damerau_levenshtein_counts_transpositions_as_one_edit(String a, String b, int expected) {
        assertThat(EditDistance.distance(a, b)).isEqualTo(expected);
    }

    @Test
    void a_changed_ending_costs_more_than_jaro_winkler_alone_says() {
        double jw = JaroWinkler.similarity("lind", "linda");
        assertThat(EditDistance.tokenSimilarity("lind", "linda", jw)).isLessThan(jw).isCloseTo(0.88, within(0.01));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({"qaddafi,gaddafi", "kadhafi,qaddafi", "muhammad,mohamed", "mohammad,muhammad"})
    void phonetic_keys_agree_across_romanisations(String a, String b) {
        assertThat(Phonetic.key(a)).isEqualTo(Phonetic.key(b));
    }

    @Test
    void numbers_have_no_phonetic_key() {
        assertThat(Phonetic.key("13")).isNull();
    }
}
