package org.itilhis.core.archfixture;

import java.time.Instant;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;

/** Planted violation: a domain event that is a mutable class rather than a record. */
public final class MutableEvent implements DomainEvent {
    private StaffId actor = StaffId.of("n1");
    private Instant occurredAt = Instant.EPOCH;

    @Override
    public String aggregateId() {
        return "fixture-1";
    }

    @Override
    public StaffId actor() {
        return actor;
    }

    @Override
    public Instant occurredAt() {
        return occurredAt;
    }

    @Override
    public String type() {
        return "fixture.mutated";
    }

    public void move(StaffId newActor, Instant at) {
        actor = newActor;
        occurredAt = at;
    }
}
