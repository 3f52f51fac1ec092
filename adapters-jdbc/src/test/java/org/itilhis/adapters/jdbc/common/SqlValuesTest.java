package org.itilhis.adapters.jdbc.common;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.core.ticket.WorkQueueOrder;
import org.junit.jupiter.api.Test;

class SqlValuesTest {

    @Test
    void aNumberKeyIsTheNumberWithItsSequencePaddedToNineteenDigits() {
        assertThat(SqlValues.numberKey(TicketNumber.parse("INC-2026-000042"))).isEqualTo("INC-2026-0000000000000000042");
        assertThat(SqlValues.numberKey(TicketNumber.of(TicketType.SERVICE_REQUEST, 2027, Long.MAX_VALUE)))
                .isEqualTo("REQ-2027-" + Long.MAX_VALUE).hasSizeLessThanOrEqualTo(32);
    }

    /** What ORDER BY number_key does on a binary collation is what the work queue order does. */
    @Property
    void numberKeysSortAsTextLikeTheNumbersTheyKey(@ForAll("numbers") TicketNumber a, @ForAll("numbers") TicketNumber b) {
        assertThat(Integer.signum(SqlValues.numberKey(a).compareTo(SqlValues.numberKey(b))))
                .isEqualTo(Integer.signum(WorkQueueOrder.NUMBERS.compare(a, b)));
    }

    @Provide
    Arbitrary<TicketNumber> numbers() {
        Arbitrary<Long> sequences = Arbitraries.oneOf(Arbitraries.longs().between(1, 2_000_000),
                Arbitraries.longs().between(1, Long.MAX_VALUE));
        return Combinators.combine(Arbitraries.of(TicketType.class), Arbitraries.integers().between(2024, 2028), sequences)
                .as(TicketNumber::of);
    }
}
