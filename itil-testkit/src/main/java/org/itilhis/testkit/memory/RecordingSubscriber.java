package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.itilhis.ports.notification.out.RelayedEvent;
import org.itilhis.ports.notification.out.Subscriber;

/**
 * A relay subscriber that records what it is given: every attempt, and the events it accepted,
 * in order. It can be told to fail the next attempts at an event, or every attempt while a
 * predicate holds (a channel that is down).
 */
public final class RecordingSubscriber implements Subscriber {
    private final String name;
    private final Predicate<RelayedEvent> wants;
    private final List<RelayedEvent> attempts = new ArrayList<>();
    private final List<RelayedEvent> delivered = new ArrayList<>();
    private final Map<Long, Integer> failuresLeft = new HashMap<>();
    private Predicate<RelayedEvent> down = event -> false;

    public RecordingSubscriber(String name) {
        this(name, event -> true);
    }

    public RecordingSubscriber(String name, Predicate<RelayedEvent> wants) {
        this.name = checkNotNull(name, "name");
        this.wants = checkNotNull(wants, "wants");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean wants(RelayedEvent event) {
        return wants.test(event);
    }

    @Override
    public synchronized void deliver(RelayedEvent event) {
        attempts.add(event);
        Integer left = failuresLeft.get(event.position());
        if (left != null && left > 0) {
            failuresLeft.put(event.position(), left - 1);
            throw new IllegalStateException("the channel refused " + event.id());
        }
        if (down.test(event)) {
            throw new IllegalStateException("the channel is down for " + event.id());
        }
        delivered.add(event);
    }

    /** Fails the next {@code times} attempts at the event at {@code position}. */
    public synchronized RecordingSubscriber failing(long position, int times) {
        checkArgument(times >= 0, "times %s is negative", times);
        failuresLeft.put(position, times);
        return this;
    }

    /** Fails every attempt at an event {@code down} matches, until told otherwise. */
    public synchronized RecordingSubscriber downFor(Predicate<RelayedEvent> newDown) {
        this.down = checkNotNull(newDown, "down");
        return this;
    }

    /** Every attempt, failed or not, in order. */
    public synchronized List<RelayedEvent> attempts() {
        return List.copyOf(attempts);
    }

    /** The events it accepted, in order. */
    public synchronized List<RelayedEvent> delivered() {
        return List.copyOf(delivered);
    }

    /** The positions of the events it accepted, in order. */
    public synchronized List<Long> deliveredPositions() {
        return delivered.stream().map(RelayedEvent::position).toList();
    }
}
