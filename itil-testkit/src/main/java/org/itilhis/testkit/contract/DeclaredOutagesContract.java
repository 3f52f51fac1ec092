package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.itilhis.core.availability.DeclaredOutage;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.availability.out.DeclaredOutages;
import org.itilhis.ports.common.Transactions;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DeclaredOutages} store must do: keep an outage whole (open, ended,
 * corrected, withdrawn with its reason; times to the microsecond), lock optimistically, list an
 * incident's outages by start, find the outages not withdrawn that meet a period (open ones run
 * on), and take part in transactions. Each test expects empty storage.
 */
public interface DeclaredOutagesContract {
    DeclaredOutages outages();

    Transactions transactions();

    Instant NIGHT = Instant.parse("2027-03-02T14:00:00.123456Z");
    Instant LATER = NIGHT.plus(Duration.ofDays(1));
    CiId DB_SERVER = new CiId(new UUID(0xA7, 1));
    CiId APP_NODE = new CiId(new UUID(0xA7, 2));
    TicketId INCIDENT = new TicketId(new UUID(0xA7, 10));
    TicketId OTHER_INCIDENT = new TicketId(new UUID(0xA7, 11));
    StaffId LIU = StaffId.of("E0101");

    private DeclaredOutage declared(TicketId incident, CiId ci, Instant start, Optional<Instant> end) {
        return DeclaredOutage.declare(outages().nextId(), incident, TicketNumber.of(TicketType.INCIDENT, 2027,
                incident.equals(INCIDENT) ? 123 : 124), ci, OperationalState.DOWN, start, end,
                "数据库服务器宕机 database server down", LIU, LATER);
    }

    private void store(DeclaredOutage outage) {
        ContractSupport.committed(transactions(), () -> outages().save(outage));
        outage.pullEvents();
    }

    private DeclaredOutage load(DeclaredOutage outage) {
        return outages().find(outage.id()).orElseThrow();
    }

    @Test
    default void anOutageComesBackEqualOpenEndedCorrectedAndWithdrawn() {
        DeclaredOutage open = declared(INCIDENT, DB_SERVER, NIGHT, Optional.empty());
        DeclaredOutage ended = declared(INCIDENT, APP_NODE, NIGHT, Optional.of(NIGHT.plusSeconds(3600)));
        store(open);
        store(ended);
        assertThat(load(open).snapshot()).isEqualTo(open.snapshot());
        assertThat(load(ended).snapshot()).isEqualTo(ended.snapshot());

        DeclaredOutage corrected = load(open);
        corrected.end(NIGHT.plusSeconds(1800), LIU, LATER);
        corrected.correct(OperationalState.DEGRADED, NIGHT.minusSeconds(60), Optional.of(NIGHT.plusSeconds(1700)),
                "监控显示提前开始 monitoring shows it began earlier", LIU, LATER);
        store(corrected);
        DeclaredOutage withdrawn = load(ended);
        withdrawn.withdraw("申报错误 declared on the wrong item", LIU, LATER);
        store(withdrawn);

        assertThat(load(open).snapshot()).isEqualTo(corrected.snapshot());
        assertThat(load(open).version()).isEqualTo(3);
        assertThat(load(ended).snapshot()).isEqualTo(withdrawn.snapshot());
        assertThat(load(ended).withdrawn()).isTrue();
        assertThat(outages().find(outages().nextId())).isEmpty();
    }

    @Test
    default void ofTwoWritersAtTheSameVersionTheSecondGetsAVersionConflictAndTheFirstWins() {
        DeclaredOutage outage = declared(INCIDENT, DB_SERVER, NIGHT, Optional.empty());
        store(outage);
        DeclaredOutage first = load(outage);
        DeclaredOutage second = load(outage);
        first.end(NIGHT.plusSeconds(600), LIU, LATER);
        second.withdraw("duplicate", LIU, LATER);

        store(first);

        assertThatThrownBy(() -> store(second)).isInstanceOfSatisfying(VersionConflictException.class,
                e -> assertThat(e.code()).isEqualTo("declared-outage.version-conflict"));
        assertThat(load(outage).snapshot()).isEqualTo(first.snapshot());
    }

    @Test
    default void aRolledBackSaveLeavesNothingNewAndTheStoredOutageAsItWas() {
        DeclaredOutage outage = declared(INCIDENT, DB_SERVER, NIGHT, Optional.empty());
        store(outage);
        DeclaredOutage ended = load(outage);
        ended.end(NIGHT.plusSeconds(600), LIU, LATER);
        DeclaredOutage fresh = declared(INCIDENT, APP_NODE, NIGHT, Optional.empty());

        ContractSupport.rolledBack(transactions(), () -> {
            outages().save(ended);
            outages().save(fresh);
        });

        assertThat(load(outage).snapshot()).isEqualTo(outage.snapshot());
        assertThat(outages().find(fresh.id())).isEmpty();
    }

    @Test
    default void anIncidentsOutagesComeByStartWithdrawnOnesIncluded() {
        DeclaredOutage late = declared(INCIDENT, DB_SERVER, NIGHT.plusSeconds(300), Optional.empty());
        DeclaredOutage early = declared(INCIDENT, APP_NODE, NIGHT, Optional.empty());
        DeclaredOutage elsewhere = declared(OTHER_INCIDENT, APP_NODE, NIGHT, Optional.empty());
        List.of(late, early, elsewhere).forEach(this::store);
        DeclaredOutage withdrawn = load(late);
        withdrawn.withdraw("wrong item", LIU, LATER);
        store(withdrawn);

        assertThat(outages().ofIncident(INCIDENT)).extracting(DeclaredOutage::id)
                .containsExactly(early.id(), late.id());
        assertThat(outages().ofIncident(new TicketId(new UUID(0xA7, 99)))).isEmpty();
    }

    @Test
    default void theOutagesOfAPeriodAreThoseNotWithdrawnThatMeetItOpenOnesRunningOn() {
        Instant from = NIGHT;
        Instant to = NIGHT.plus(Duration.ofHours(2));
        DeclaredOutage before = declared(INCIDENT, DB_SERVER, from.minusSeconds(600), Optional.of(from));
        DeclaredOutage across = declared(INCIDENT, DB_SERVER, from.minusSeconds(600), Optional.of(from.plusSeconds(1)));
        DeclaredOutage open = declared(INCIDENT, APP_NODE, from.minusSeconds(7200), Optional.empty());
        DeclaredOutage inside = declared(OTHER_INCIDENT, DB_SERVER, from.plusSeconds(60), Optional.of(from.plusSeconds(120)));
        DeclaredOutage after = declared(INCIDENT, DB_SERVER, to, Optional.empty());
        DeclaredOutage withdrawn = declared(INCIDENT, APP_NODE, from.plusSeconds(60), Optional.empty());
        List.of(before, across, open, inside, after, withdrawn).forEach(this::store);
        DeclaredOutage gone = load(withdrawn);
        gone.withdraw("declared in error", LIU, LATER);
        store(gone);

        assertThat(outages().overlapping(Set.of(), from, to)).extracting(DeclaredOutage::id)
                .containsExactly(across.id(), inside.id(), open.id());
        assertThat(outages().overlapping(Set.of(APP_NODE), from, to)).extracting(DeclaredOutage::id)
                .containsExactly(open.id());
    }
}
