package org.itilhis.core.archfixture;

import java.time.Instant;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;

/**
 * Events as they should be, a sealed interface with nested records, plus one planted
 * violation: {@link Legacy} extends an abstract base class instead of being a record.
 */
public sealed interface FixtureEvent extends DomainEvent {
    @Override
    default String aggregateId() {
        return "fixture-1";
    }

    record Opened(StaffId actor, Instant occurredAt) implements FixtureEvent {
        @Override
        public String type() {
            return "fixture.opened";
        }
    }

    /** An abstract base is not itself checked; its concrete subclasses are. */
    abstract sealed class Base implements FixtureEvent permits Legacy {
        @Override
        public String type() {
            return "fixture.legacy";
        }
    }

    final class Legacy extends Base {
        @Override
        public StaffId actor() {
            return StaffId.of("n2");
        }

        @Override
        public Instant occurredAt() {
            return Instant.EPOCH;
        }
    }
}
