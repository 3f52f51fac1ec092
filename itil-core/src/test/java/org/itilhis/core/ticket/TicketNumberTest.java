package org.itilhis.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TicketNumberTest {

    @Test
    void aNumberReadsAsPrefixYearAndSixDigitSequence() {
        assertThat(TicketNumber.of(TicketType.INCIDENT, 2026, 42)).hasToString("INC-2026-000042");
        assertThat(TicketNumber.of(TicketType.SERVICE_REQUEST, 2027, 1)).hasToString("REQ-2027-000001");
    }

    @Test
    void aSequenceBeyondSixDigitsIsWrittenInFull() {
        assertThat(TicketNumber.of(TicketType.INCIDENT, 2026, 1_234_567)).hasToString("INC-2026-1234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"INC-2026-000042", "REQ-2030-999999", "INC-2026-1234567"})
    void parsingWhatWasWrittenGivesTheSameNumber(String text) {
        assertThat(TicketNumber.parse(text)).hasToString(text);
    }

    @Test
    void parsingIgnoresSurroundingBlanksAndReadsTheType() {
        TicketNumber number = TicketNumber.parse("  REQ-2026-000007 ");

        assertThat(number).isEqualTo(TicketNumber.of(TicketType.SERVICE_REQUEST, 2026, 7));
        assertThat(number.type()).isEqualTo(TicketType.SERVICE_REQUEST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "INC-2026-42", "inc-2026-000042", "INC2026000042", "INC-26-000042", "INC-2026-000000",
            "PRB-2026-000042", "INC-2026-00004a"})
    void anythingElseIsNotATicketNumber(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> TicketNumber.parse(text));
    }

    @ParameterizedTest
    @ValueSource(ints = {1999, 10000})
    void theYearMustHaveFourDigitsFrom2000(int year) {
        assertThatIllegalArgumentException().isThrownBy(() -> TicketNumber.of(TicketType.INCIDENT, year, 1));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void theSequenceStartsAtOne(long sequence) {
        assertThatIllegalArgumentException().isThrownBy(() -> TicketNumber.of(TicketType.INCIDENT, 2026, sequence))
                .withMessageContaining("positive");
    }

    @Test
    void theTypeIsFoundByItsPrefix() {
        assertThat(TicketType.ofPrefix("INC")).isEqualTo(TicketType.INCIDENT);
        assertThat(TicketType.ofPrefix("REQ")).isEqualTo(TicketType.SERVICE_REQUEST);
        assertThatIllegalArgumentException().isThrownBy(() -> TicketType.ofPrefix("CHG"));
    }

    @Test
    void numbersOfDifferentTypesDiffer() {
        assertThat(TicketNumber.of(TicketType.INCIDENT, 2026, 1)).isNotEqualTo(
                TicketNumber.of(TicketType.SERVICE_REQUEST, 2026, 1));
    }
}
