package org.itilhis.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregateEventsTest {
    private record Noted(String text) implements DomainEvent {
        @Override
        public String aggregateId() {
            return "note-1";
        }

        @Override
        public String type() {
            return "test.noted";
        }

        @Override
        public StaffId actor() {
            return StaffId.of("E0101");
        }

        @Override
        public Instant occurredAt() {
            return Instant.parse("2026-03-02T00:00:00Z");
        }
    }

    private final List<String> applied = new ArrayList<>();

    @Test
    void aNewAggregateIsAtVersionOneWithItsCreatingEventPending() {
        AggregateEvents<Noted> events = new AggregateEvents<>();
        events.created(new Noted("created"));

        assertThat(events.version()).isEqualTo(1);
        assertThat(events.pending()).containsExactly(new Noted("created"));
        assertThatThrownBy(() -> events.created(new Noted("again"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRecordedEventIsAppliedCountedAndPendingUntilPulled() {
        AggregateEvents<Noted> events = new AggregateEvents<>();
        events.created(new Noted("created"));

        events.recorded(new Noted("second"), e -> applied.add(e.text()));

        assertThat(applied).containsExactly("second");
        assertThat(events.version()).isEqualTo(2);
        assertThat(events.pull()).containsExactly(new Noted("created"), new Noted("second"));
        assertThat(events.pending()).isEmpty();
        assertThat(events.version()).isEqualTo(2);
    }

    @Test
    void aReplayedEventIsAppliedAndCountedButNotPending() {
        AggregateEvents<Noted> events = new AggregateEvents<>();

        events.replayed(new Noted("from the log"), e -> applied.add(e.text()));

        assertThat(applied).containsExactly("from the log");
        assertThat(events.version()).isEqualTo(2);
        assertThat(events.pending()).isEmpty();
    }

    @Test
    void aRestoredAggregateContinuesFromItsStoredVersion() {
        AggregateEvents<Noted> events = new AggregateEvents<>();
        events.restoredAt(7);
        events.recorded(new Noted("eighth"), e -> { });

        assertThat(events.version()).isEqualTo(8);
        assertThatThrownBy(() -> events.restoredAt(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
