package org.itilhis.core.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.junit.jupiter.api.Test;

class DeclaredOutageTest {
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final CiId SERVER = new CiId(new UUID(20, 7));
    private static final StaffId LIU = StaffId.of("E0101");
    private static final TicketNumber INCIDENT = TicketNumber.parse("INC-2026-000123");

    private static DeclaredOutage declared(Instant start, Optional<Instant> end) {
        return DeclaredOutage.declare(new DeclaredOutageId(new UUID(20, 1)), new TicketId(new UUID(20, 2)), INCIDENT,
                SERVER, OperationalState.DOWN, start, end, " 数据库服务器宕机 ", LIU, NOW);
    }

    @Test
    void aDeclaredOutageCountsAsTheItemDownReferencedByItsIncidentUntilItIsWithdrawn() {
        DeclaredOutage outage = declared(NOW.minus(Duration.ofHours(2)), Optional.empty());
        assertThat(outage.outage()).contains(new Outage(SERVER, OperationalState.DOWN, NOW.minus(Duration.ofHours(2)),
                Optional.empty(), OutageSource.DECLARED, "INC-2026-000123"));
        assertThat(outage.snapshot().note()).isEqualTo("数据库服务器宕机");

        outage.end(NOW.minus(Duration.ofHours(1)), LIU, NOW);
        outage.withdraw("declared on the wrong server", LIU, NOW);

        assertThat(outage.outage()).isEmpty();
        assertThat(outage.version()).isEqualTo(3);
        assertThat(outage.pullEvents()).extracting(DeclaredOutageEvent::type).containsExactly(
                "availability.outage-declared", "availability.outage-ended", "availability.outage-withdrawn");
    }

    @Test
    void anOutageEndsOnceNotBeforeItStartsAndNotInTheFuture() {
        DeclaredOutage outage = declared(NOW.minus(Duration.ofHours(2)), Optional.empty());

        assertThatThrownBy(() -> outage.end(NOW.minus(Duration.ofHours(3)), LIU, NOW))
                .isInstanceOf(OutageEndsBeforeStartException.class);
        assertThatThrownBy(() -> outage.end(NOW.plus(Duration.ofMinutes(6)), LIU, NOW))
                .isInstanceOf(OutageTimeInFutureException.class);
        outage.end(NOW.plus(Duration.ofMinutes(4)), LIU, NOW);
        assertThatThrownBy(() -> outage.end(NOW, LIU, NOW)).isInstanceOf(OutageAlreadyEndedException.class);
    }

    @Test
    void aCorrectionReplacesStateAndTimesMayReopenItAndNeedsAReason() {
        DeclaredOutage outage = declared(NOW.minus(Duration.ofHours(2)), Optional.of(NOW.minus(Duration.ofHours(1))));

        outage.correct(OperationalState.DEGRADED, NOW.minus(Duration.ofHours(3)), Optional.empty(), "still slow", LIU,
                NOW);

        assertThat(outage.state()).isEqualTo(OperationalState.DEGRADED);
        assertThat(outage.start()).isEqualTo(NOW.minus(Duration.ofHours(3)));
        assertThat(outage.end()).isEmpty();
        assertThatThrownBy(() -> outage.correct(OperationalState.DOWN, NOW, Optional.empty(), " ", LIU, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> outage.correct(OperationalState.OPERATIONAL, NOW, Optional.empty(), "fine", LIU, NOW))
                .isInstanceOf(NotAnOutageStateException.class);
    }

    @Test
    void aWithdrawnOutageChangesNoMore() {
        DeclaredOutage outage = declared(NOW.minus(Duration.ofHours(2)), Optional.empty());
        outage.withdraw("duplicate of another declaration", LIU, NOW);

        assertThatThrownBy(() -> outage.withdraw("again", LIU, NOW)).isInstanceOf(OutageWithdrawnException.class);
        assertThatThrownBy(() -> outage.end(NOW, LIU, NOW)).isInstanceOf(OutageWithdrawnException.class);
        assertThat(DeclaredOutage.restore(outage.snapshot()).snapshot()).isEqualTo(outage.snapshot());
    }
}
