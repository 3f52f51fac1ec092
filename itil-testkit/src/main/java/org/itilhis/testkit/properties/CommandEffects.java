package org.itilhis.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Sets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.itilhis.core.contact.ContactEvent;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketEvent;

/**
 * What one command may do to the stored state, checked by comparing the state before and
 * after it:
 *
 * <ul>
 *   <li>a refused command changes nothing: every ticket and contact, the event log and the
 *       notifications are exactly as before;</li>
 *   <li>a successful command creates and changes exactly the aggregates of its
 *       {@link Effect}, appends exactly one event for each of them and none for any other,
 *       moves each changed aggregate's version on by one, and only appends to the event log
 *       and to the notifications. So every state change has exactly one event.</li>
 * </ul>
 */
public final class CommandEffects {
    private CommandEffects() {
    }

    /** Invariant: a refused command leaves no trace. */
    public static void checkUnchanged(DeskState before, DeskState after, String command) {
        assertThat(after.tickets()).as("tickets after the refused %s", command).isEqualTo(before.tickets());
        assertThat(after.contacts()).as("contacts after the refused %s", command).isEqualTo(before.contacts());
        assertThat(after.events()).as("event log after the refused %s", command).isEqualTo(before.events());
        assertThat(after.notifications()).as("notifications after the refused %s", command)
                .isEqualTo(before.notifications());
    }

    /**
     * Invariant: a successful command changes exactly what {@code expected} says, with one
     * event per changed aggregate, recorded for {@code actor} at {@code now}.
     */
    public static void checkSucceeded(DeskState before, DeskState after, Effect expected, StaffId actor, Instant now,
                                      String command) {
        assertThat(prefix(after.events(), before.events().size())).as("the event log is append-only (%s)", command)
                .isEqualTo(before.events());
        assertThat(prefix(after.notifications(), before.notifications().size()))
                .as("notifications are only ever added (%s)", command).isEqualTo(before.notifications());
        Set<String> touched = new HashSet<>();
        touched.addAll(checkTickets(before, after, expected, command));
        touched.addAll(checkContacts(before, after, expected, command));

        List<DomainEvent> fresh = after.eventsSince(before);
        Map<String, List<DomainEvent>> byAggregate = fresh.stream()
                .collect(Collectors.groupingBy(DomainEvent::aggregateId));
        assertThat(byAggregate.keySet()).as("aggregates with new events after %s", command).isEqualTo(touched);
        byAggregate.forEach((aggregate, events) ->
                assertThat(events).as("new events of %s after %s", aggregate, command).hasSize(1));
        for (DomainEvent event : fresh) {
            assertThat(event.actor()).as("actor of %s", event).isEqualTo(actor);
            assertThat(event.occurredAt()).as("time of %s", event).isEqualTo(now);
        }
    }

    private static Set<String> checkTickets(DeskState before, DeskState after, Effect expected, String command) {
        assertThat(after.tickets().keySet()).as("tickets are never removed (%s)", command)
                .containsAll(before.tickets().keySet());
        Set<String> touched = new HashSet<>();
        var added = Sets.difference(after.tickets().keySet(), before.tickets().keySet());
        assertThat(added).as("tickets created by %s", command).hasSize(expected.newTickets());
        for (var id : added) {
            assertThat(after.tickets().get(id).version()).as("version of the new ticket %s", id).isEqualTo(1);
            assertThat(onlyEventOf(after, before, id.toString())).as("event raising %s", id)
                    .isInstanceOf(TicketEvent.Raised.class);
            touched.add(id.toString());
        }
        var changed = before.tickets().keySet().stream()
                .filter(id -> !before.tickets().get(id).equals(after.tickets().get(id)))
                .collect(Collectors.toSet());
        assertThat(changed).as("tickets changed by %s", command).isEqualTo(expected.changedTickets());
        for (var id : changed) {
            assertThat(after.tickets().get(id).version()).as("version of ticket %s", id)
                    .isEqualTo(before.tickets().get(id).version() + 1);
            assertThat(onlyEventOf(after, before, id.toString())).as("event changing %s", id)
                    .isInstanceOf(TicketEvent.class).isNotInstanceOf(TicketEvent.Raised.class);
            touched.add(id.toString());
        }
        return touched;
    }

    private static Set<String> checkContacts(DeskState before, DeskState after, Effect expected, String command) {
        assertThat(after.contacts().keySet()).as("contacts are never removed (%s)", command)
                .containsAll(before.contacts().keySet());
        Set<String> touched = new HashSet<>();
        var added = Sets.difference(after.contacts().keySet(), before.contacts().keySet());
        assertThat(added).as("contacts created by %s", command).hasSize(expected.newContacts());
        for (var id : added) {
            assertThat(after.contacts().get(id).version()).as("version of the new contact %s", id).isEqualTo(1);
            assertThat(onlyEventOf(after, before, id.toString())).as("event logging %s", id)
                    .isInstanceOf(ContactEvent.Logged.class);
            touched.add(id.toString());
        }
        var changed = before.contacts().keySet().stream()
                .filter(id -> !before.contacts().get(id).equals(after.contacts().get(id)))
                .collect(Collectors.toSet());
        assertThat(changed).as("contacts changed by %s", command).isEqualTo(expected.changedContacts());
        for (var id : changed) {
            assertThat(after.contacts().get(id).version()).as("version of contact %s", id)
                    .isEqualTo(before.contacts().get(id).version() + 1);
            assertThat(onlyEventOf(after, before, id.toString())).as("event changing %s", id)
                    .isInstanceOf(ContactEvent.class).isNotInstanceOf(ContactEvent.Logged.class);
            touched.add(id.toString());
        }
        return touched;
    }

    private static <T> List<T> prefix(List<T> list, int length) {
        return list.subList(0, Math.min(length, list.size()));
    }

    /** The first new event of {@code aggregate}; how many there are is checked by the caller. */
    private static DomainEvent onlyEventOf(DeskState after, DeskState before, String aggregate) {
        Optional<DomainEvent> event = after.eventsSince(before).stream()
                .filter(e -> e.aggregateId().equals(aggregate)).findFirst();
        assertThat(event).as("a new event of %s", aggregate).isPresent();
        return event.orElseThrow();
    }
}
