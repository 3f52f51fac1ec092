package org.itilhis.core.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProblemNumberTest {
    @Test
    void aProblemNumberReadsLikeATicketNumberWithItsOwnPrefix() {
        assertThat(ProblemNumber.of(2026, 1)).hasToString("PRB-2026-000001");
        assertThat(ProblemNumber.of(2026, 1234567)).hasToString("PRB-2026-1234567");
    }

    @Test
    void aPrintedNumberParsesBack() {
        assertThat(ProblemNumber.parse(" PRB-2026-000042 ")).isEqualTo(ProblemNumber.of(2026, 42));
    }

    @Test
    void anIncidentNumberIsNotAProblemNumber() {
        assertThatThrownBy(() -> ProblemNumber.parse("INC-2026-000042"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PRB-2026-000001");
    }

    @Test
    void aDeskCaseIsAContactOrATicketButNotBoth() {
        assertThat(DeskCase.ticket(ProblemFixture.INCIDENT_1).ticket()).contains(ProblemFixture.INCIDENT_1);
        assertThatThrownBy(() -> new DeskCase(java.util.Optional.empty(), java.util.Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
