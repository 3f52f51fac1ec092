package org.itilhis.core.shared;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What every aggregate keeps besides its state: its version, the count of its events (the
 * creating one included, so a new aggregate is at version 1), and the events recorded since it
 * was created or loaded, until the application service pulls them to store. Ticket, Contact and
 * ConfigurationItem each hold one, so that recording, replaying and handing over events work
 * the same for every practice's aggregates.
 *
 * @param <E> the aggregate's event type
 */
public final class AggregateEvents<E extends DomainEvent> {
    private final List<E> pending = new ArrayList<>();
    private long version = 1;

    /** The creating event of a new aggregate, already applied by its constructor: pending, version 1. */
    public void created(E creation) {
        checkArgument(pending.isEmpty() && version == 1, "the aggregate was created already");
        pending.add(checkNotNull(creation, "creation"));
    }

    /** The aggregate was restored from a snapshot stored at {@code version}. */
    public void restoredAt(long version) {
        checkArgument(version >= 1, "version %s is below 1", version);
        this.version = version;
    }

    /** Applies an event of the stored history with {@code apply}: counted, not pending. */
    public void replayed(E event, Consumer<? super E> apply) {
        apply.accept(checkNotNull(event, "event"));
        version++;
    }

    /** Applies a new event with {@code apply}, then keeps it pending: counted. */
    public void recorded(E event, Consumer<? super E> apply) {
        replayed(event, apply);
        pending.add(event);
    }

    public long version() {
        return version;
    }

    /** The pending events, handed over once: none are pending afterwards. */
    public List<E> pull() {
        List<E> events = List.copyOf(pending);
        pending.clear();
        return events;
    }

    /** The pending events, left pending. */
    public List<E> pending() {
        return List.copyOf(pending);
    }
}
