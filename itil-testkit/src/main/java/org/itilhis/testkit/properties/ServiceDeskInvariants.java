package org.itilhis.testkit.properties;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.itilhis.core.contact.Contact;
import org.itilhis.core.contact.ContactEvent;
import org.itilhis.core.contact.ContactOutcome;
import org.itilhis.core.contact.ContactSnapshot;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.PriorityAssessment;
import org.itilhis.core.priority.PriorityOverride;
import org.itilhis.core.priority.PriorityPolicy;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketSnapshot;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.ports.common.StaffDirectory;
import org.itilhis.testkit.memory.InMemoryServiceDesk;

/**
 * The invariants of a service desk's stored state. {@link #check()} fails with an
 * {@link AssertionError} naming the broken rule and the record:
 *
 * <ol>
 *   <li>a closed or cancelled ticket stays so (compared with the previous {@code check()});</li>
 *   <li>the stored assessment is what the policy computes for its factors, and the effective
 *       priority is the override's when there is one (its reason never blank), otherwise the
 *       assessment's;</li>
 *   <li>a resolved or closed ticket has a resolution with a code and a non-blank note, and a
 *       closed one was resolved before it closed;</li>
 *   <li>every ticket that is not closed or cancelled is owned by a group the directory knows;</li>
 *   <li>replaying a ticket's or contact's history gives exactly the stored snapshot, and its
 *       version is the number of its events; every logged event belongs to a stored record;</li>
 *   <li>ticket numbers are unique;</li>
 *   <li>contacts and tickets agree: a contact raised as or linked to a ticket is the
 *       ticket's origin or one of its linked contacts, and the other way round.</li>
 * </ol>
 *
 * Use one instance per desk and call {@link #check()} after every command (for instance in
 * jqwik's {@code ActionChain.withInvariant}); {@link #check(InMemoryServiceDesk, PriorityPolicy)}
 * checks a single moment, without the memory rule 1 needs.
 */
public final class ServiceDeskInvariants {
    private final InMemoryServiceDesk desk;
    private final PriorityPolicy policy;
    private final Map<TicketId, TicketStatus> lastSeen = new HashMap<>();

    private ServiceDeskInvariants(InMemoryServiceDesk desk, PriorityPolicy policy) {
        this.desk = checkNotNull(desk, "desk");
        this.policy = checkNotNull(policy, "policy");
    }

    /** @param policy the priority policy the desk was configured with */
    public static ServiceDeskInvariants of(InMemoryServiceDesk desk, PriorityPolicy policy) {
        return new ServiceDeskInvariants(desk, policy);
    }

    /** Checks every invariant of the desk's state now, once. */
    public static void check(InMemoryServiceDesk desk, PriorityPolicy policy) {
        of(desk, policy).check();
    }

    /** Checks every invariant and remembers each ticket's status for the next call. */
    public void check() {
        DeskState state = DeskState.of(desk);
        Map<String, List<DomainEvent>> histories = state.events().stream()
                .collect(Collectors.groupingBy(DomainEvent::aggregateId));
        Set<String> stored = new HashSet<>();
        state.tickets().keySet().forEach(id -> stored.add(id.toString()));
        state.contacts().keySet().forEach(id -> stored.add(id.toString()));
        assertThat(stored).as("stored tickets and contacts, which every logged event belongs to")
                .containsAll(histories.keySet());
        state.tickets().values().forEach(ticket -> checkTicket(ticket, histories.getOrDefault(ticket.id().toString(),
                List.of()), state));
        state.contacts().values().forEach(contact -> checkContact(contact,
                histories.getOrDefault(contact.id().toString(), List.of()), state));
        assertThat(state.tickets().values().stream().map(TicketSnapshot::number).distinct().count())
                .as("distinct ticket numbers among %s tickets", state.tickets().size())
                .isEqualTo(state.tickets().size());
        checkTerminalStaysTerminal(state);
    }

    private void checkTerminalStaysTerminal(DeskState state) {
        lastSeen.forEach((id, before) -> {
            assertThat(state.tickets()).as("ticket %s is still stored", id).containsKey(id);
            if (before.isTerminal()) {
                assertThat(state.tickets().get(id).status()).as("status of %s, which was %s",
                        state.tickets().get(id).number(), before).isEqualTo(before);
            }
        });
        state.tickets().forEach((id, ticket) -> lastSeen.put(id, ticket.status()));
    }

    private void checkTicket(TicketSnapshot s, List<DomainEvent> history, DeskState state) {
        String name = s.number().toString();
        checkReplay(s, history, name);
        checkPriority(s, name);
        checkResolution(s, history, name);
        if (!s.status().isTerminal()) {
            assertThat(directory().group(s.group())).as("owning group %s of %s %s", s.group(), s.status(), name)
                    .isPresent();
        }
        s.origin().ifPresent(origin -> assertThat(outcomeOf(state, origin)).as("origin contact %s of %s", origin, name)
                .contains(new ContactOutcome.RaisedAsTicket(s.id(), s.number())));
        s.linkedContacts().forEach(linked -> assertThat(outcomeOf(state, linked))
                .as("linked contact %s of %s", linked, name)
                .contains(new ContactOutcome.LinkedToTicket(s.id(), s.number())));
    }

    private static void checkReplay(TicketSnapshot s, List<DomainEvent> history, String name) {
        assertThat(history).as("history of %s", name).isNotEmpty().allMatch(e -> e instanceof TicketEvent,
                "is a ticket event");
        List<TicketEvent> events = history.stream().map(TicketEvent.class::cast).toList();
        assertThat(s.version()).as("version of %s against its %s events", name, events.size())
                .isEqualTo(events.size());
        assertThat(Ticket.replay(events).snapshot()).as("%s replayed from its history", name).isEqualTo(s);
        assertThat(Ticket.restore(s).snapshot()).as("%s restored from its snapshot", name).isEqualTo(s);
    }

    private void checkPriority(TicketSnapshot s, String name) {
        PriorityAssessment expected = policy.assess(s.assessment().factors());
        assertThat(s.assessment()).as("stored assessment of %s", name).isEqualTo(expected);
        assertThat(s.major()).as("major flag of %s", name).isEqualTo(s.assessment().factors().majorIncident());
        Optional<PriorityOverride> override = s.override();
        override.ifPresent(o -> assertThat(o.reason()).as("override reason of %s", name).isNotBlank());
        Priority effective = override.map(PriorityOverride::priority).orElse(expected.priority());
        assertThat(Ticket.restore(s).priority()).as("effective priority of %s", name).isEqualTo(effective);
    }

    private static void checkResolution(TicketSnapshot s, List<DomainEvent> history, String name) {
        if (s.status() == TicketStatus.RESOLVED || s.status() == TicketStatus.CLOSED) {
            assertThat(s.resolution()).as("resolution of %s %s", s.status(), name).isPresent();
            assertThat(s.resolution().orElseThrow().code()).as("resolution code of %s", name).isNotNull();
            assertThat(s.resolution().orElseThrow().note()).as("resolution note of %s", name).isNotBlank();
        }
        if (s.status() == TicketStatus.CLOSED) {
            int closed = indexOfLast(history, TicketEvent.Closed.class);
            int resolved = indexOfLast(history.subList(0, Math.max(closed, 0)), TicketEvent.Resolved.class);
            int reopened = indexOfLast(history.subList(0, Math.max(closed, 0)), TicketEvent.Reopened.class);
            assertThat(resolved).as("%s closed at event %s after being resolved at %s, reopened at %s", name, closed,
                    resolved, reopened).isGreaterThan(reopened).isNotNegative();
        }
    }

    private static int indexOfLast(List<DomainEvent> history, Class<? extends DomainEvent> type) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (type.isInstance(history.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static void checkContact(ContactSnapshot s, List<DomainEvent> history, DeskState state) {
        String name = "contact " + s.id();
        assertThat(history).as("history of %s", name).isNotEmpty().allMatch(e -> e instanceof ContactEvent,
                "is a contact event");
        List<ContactEvent> events = history.stream().map(ContactEvent.class::cast).toList();
        assertThat(s.version()).as("version of %s against its %s events", name, events.size())
                .isEqualTo(events.size());
        assertThat(Contact.replay(events).snapshot()).as("%s replayed from its history", name).isEqualTo(s);
        if (s.outcome() instanceof ContactOutcome.RaisedAsTicket raised) {
            TicketSnapshot ticket = state.tickets().get(raised.ticketId());
            assertThat(ticket).as("ticket %s raised from %s", raised.ticketNumber(), name).isNotNull();
            assertThat(ticket.origin()).as("origin of %s", raised.ticketNumber()).contains(s.id());
        } else if (s.outcome() instanceof ContactOutcome.LinkedToTicket linked) {
            TicketSnapshot ticket = state.tickets().get(linked.ticketId());
            assertThat(ticket).as("ticket %s linked from %s", linked.ticketNumber(), name).isNotNull();
            assertThat(ticket.linkedContacts()).as("contacts linked to %s", linked.ticketNumber()).contains(s.id());
        }
    }

    private static Optional<ContactOutcome> outcomeOf(DeskState state, ContactId contact) {
        return Optional.ofNullable(state.contacts().get(contact)).map(ContactSnapshot::outcome);
    }

    private StaffDirectory directory() {
        return desk.directory;
    }
}
