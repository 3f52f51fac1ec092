package org.itilhis.core.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Impact and urgency codes share one spelling rule, checked here through both records. */
class LevelCodesTest {

    @Test
    void impactCodesAreStrippedAndUpperCased() {
        assertThat(Impact.of("  one_department ")).isEqualTo(Impact.ONE_DEPARTMENT);
    }

    @Test
    void urgencyCodesAreStrippedAndUpperCased() {
        assertThat(Urgency.of("degraded\t")).isEqualTo(Urgency.DEGRADED);
    }

    @Test
    void upperCasingDoesNotDependOnTheDefaultLocale() {
        assertThat(Impact.of("icu_ward_2").code()).isEqualTo("ICU_WARD_2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "ONE DEPARTMENT", "ONE-DEPARTMENT", "ÄRZTE", "病房"})
    void impactCodesOutsideLettersDigitsAndUnderscoresAreRejected(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> Impact.of(code))
                .withMessageContaining("impact code")
                .withMessageContaining("'" + code + "'");
    }

    @Test
    void urgencyCodesOutsideLettersDigitsAndUnderscoresAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Urgency.of("very urgent"))
                .withMessageContaining("urgency code");
    }

    @Test
    void codesLongerThanSixtyFourCharactersAreRejected() {
        assertThat(Impact.of("A".repeat(64)).code()).hasSize(64);
        assertThatIllegalArgumentException().isThrownBy(() -> Impact.of("A".repeat(65)))
                .withMessageContaining("longer than 64");
    }

    @Test
    void aNullCodeIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> Urgency.of(null));
    }

    @Test
    void aLevelPrintsAsItsCode() {
        assertThat(Impact.WHOLE_HOSPITAL).hasToString("WHOLE_HOSPITAL");
        assertThat(Urgency.NO_CLINICAL_EFFECT).hasToString("NO_CLINICAL_EFFECT");
    }
}
