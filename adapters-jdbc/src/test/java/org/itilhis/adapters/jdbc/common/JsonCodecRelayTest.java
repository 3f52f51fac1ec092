package org.itilhis.adapters.jdbc.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.itilhis.core.notification.RelayEvent;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;
import org.junit.jupiter.api.Test;

class JsonCodecRelayTest {
    private static final StaffId GAO = StaffId.of("M0001");
    private static final Instant AT = Instant.parse("2027-03-02T14:00:00.123456Z");

    private final JsonCodec codec = new JsonCodec();

    @Test
    void everyRelayEventRoundTripsEqualUnderItsTypeName() {
        List<DomainEvent> events = List.of(new RelayEvent.DeadLetterReplayed("webhook:7f3c", 41, GAO, AT),
                new RelayEvent.DeadLetterSkipped("wecom", 42, "病房已电话通知 the ward was told by phone", GAO, AT));

        assertThat(events.stream().map(Object::getClass))
                .containsExactlyInAnyOrder(RelayEvent.class.getPermittedSubclasses());
        for (DomainEvent event : events) {
            String json = codec.write(event);
            assertThat(codec.typeOf(event)).isEqualTo(event.type()).startsWith("relay.dead-letter-");
            assertThat(codec.readEvent(codec.typeOf(event), json)).as(json).isEqualTo(event);
        }
    }
}
