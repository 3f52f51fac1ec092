package org.itilhis.adapters.jdbc.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.availability.AvailabilityTarget;
import org.itilhis.core.availability.DeclaredOutage;
import org.itilhis.core.availability.DeclaredOutageEvent;
import org.itilhis.core.availability.DeclaredOutageId;
import org.itilhis.core.availability.ServiceTarget;
import org.itilhis.core.availability.ServiceTargetEvent;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.junit.jupiter.api.Test;

/**
 * Availability's events and records in the codec: every event comes back equal under its type
 * name ({@code availability.*}), so the event log reads them; an outage and a target as the
 * stores keep them (the target's percent with its scale).
 */
class JsonCodecAvailabilityTest {
    private static final CiId SERVER = new CiId(UUID.randomUUID());
    private static final StaffId LIU = StaffId.of("E0101");
    private static final Instant AT = Instant.parse("2027-03-02T14:00:00.123456Z");

    private final JsonCodec codec = new JsonCodec();

    private static DeclaredOutage outage() {
        DeclaredOutage outage = DeclaredOutage.declare(new DeclaredOutageId(UUID.randomUUID()),
                new TicketId(UUID.randomUUID()), TicketNumber.parse("INC-2027-000123"), SERVER, OperationalState.DOWN,
                AT.minus(Duration.ofHours(2)), Optional.empty(), "数据库服务器宕机", LIU, AT);
        outage.end(AT.minus(Duration.ofHours(1)), LIU, AT);
        outage.correct(OperationalState.DEGRADED, AT.minus(Duration.ofHours(3)), Optional.of(AT), "监控显示更早", LIU, AT);
        outage.withdraw("申报错误", LIU, AT);
        return outage;
    }

    private static ServiceTarget target() {
        ServiceTarget target = ServiceTarget.set(SERVER, "HIS outpatient", AvailabilityTarget.percent("99.90"), LIU, AT);
        target.change("HIS outpatient", AvailabilityTarget.percent("99.95"), LIU, AT);
        return target;
    }

    @Test
    void everyAvailabilityEventRoundTripsEqualUnderItsTypeName() {
        List<DomainEvent> events = new ArrayList<>(outage().pullEvents());
        events.addAll(target().pullEvents());

        assertThat(events.stream().filter(DeclaredOutageEvent.class::isInstance).map(Object::getClass).distinct())
                .containsExactlyInAnyOrder(DeclaredOutageEvent.class.getPermittedSubclasses());
        assertThat(events.stream().filter(ServiceTargetEvent.class::isInstance).map(Object::getClass).distinct())
                .containsExactlyInAnyOrder(ServiceTargetEvent.class.getPermittedSubclasses());
        for (DomainEvent event : events) {
            String json = codec.write(event);
            assertThat(codec.typeOf(event)).startsWith("availability.");
            assertThat(codec.readEvent(codec.typeOf(event), json)).as(json).isEqualTo(event);
        }
    }

    @Test
    void anOutageAndATargetRoundTripEqual() {
        String outage = codec.write(outage().snapshot());
        String target = codec.write(target().snapshot());

        assertThat(codec.read(outage, outage().snapshot().getClass())).usingRecursiveComparison()
                .ignoringFields("id", "incident").isEqualTo(outage().snapshot());
        assertThat(target).contains("\"percent\":99.95");
        assertThat(codec.read(target, target().snapshot().getClass())).isEqualTo(target().snapshot());
    }
}
