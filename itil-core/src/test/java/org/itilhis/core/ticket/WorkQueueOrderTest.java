package org.itilhis.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WorkQueueOrderTest {

    @Test
    void numbersAreOrderedByTypeThenYearThenSequenceAsANumber() {
        List<String> shuffled = List.of("REQ-2025-000001", "INC-2026-1000000", "INC-2026-999999", "INC-2025-2000000",
                "INC-2026-000002", "REQ-2024-999999");

        assertThat(shuffled.stream().map(TicketNumber::parse).sorted(WorkQueueOrder.NUMBERS).map(TicketNumber::toString))
                .containsExactly("INC-2025-2000000", "INC-2026-000002", "INC-2026-999999", "INC-2026-1000000",
                        "REQ-2024-999999", "REQ-2025-000001");
    }

    @Test
    void aSequenceBeyondSixDigitsFollowsTheSixDigitOnesAlthoughItsTextSortsBefore() {
        TicketNumber sixDigits = TicketNumber.parse("INC-2026-999999");
        TicketNumber sevenDigits = TicketNumber.parse("INC-2026-1000000");

        assertThat(sevenDigits.toString()).isLessThan(sixDigits.toString());
        assertThat(Stream.of(sevenDigits, sixDigits).sorted(WorkQueueOrder.NUMBERS)).containsExactly(sixDigits,
                sevenDigits);
    }
}
