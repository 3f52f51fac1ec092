package org.itilhis.core.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReleaseNumberTest {

    @Test
    void aReleaseNumberReadsAsPrefixYearAndSixDigitSequence() {
        assertThat(ReleaseNumber.of(2026, 1)).hasToString("REL-2026-000001");
        assertThat(ReleaseNumber.of(2026, 1234567)).hasToString("REL-2026-1234567");
    }

    @Test
    void parsingGivesBackTheNumber() {
        assertThat(ReleaseNumber.parse(" REL-2026-000042 ")).isEqualTo(ReleaseNumber.of(2026, 42));
        assertThatThrownBy(() -> ReleaseNumber.parse("CHG-2026-000042")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("REL-2026-000001");
    }

    @Test
    void aSoftwareVersionIsStrippedAndNeverBlank() {
        assertThat(SoftwareVersion.of("  HIS 5.3.2 ").value()).isEqualTo("HIS 5.3.2");
        assertThatThrownBy(() -> SoftwareVersion.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
