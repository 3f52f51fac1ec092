package org.itilhis.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.ChinaMainland;
import org.itilhis.core.calendar.DateRule;
import org.itilhis.core.contact.ContactEvent;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.junit.jupiter.api.Test;

class DemoWorkloadTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final BusinessCalendar OFFICE_HOURS = ChinaMainland.officeHours();
    private static final Predicate<LocalDate> WORKING_DAY = day -> !OFFICE_HOURS.periodsOn(day).isEmpty();
    private static final Predicate<LocalDate> HOLIDAY = day -> OFFICE_HOURS.rules().stream()
            .anyMatch(rule -> rule.kind() == DateRule.Kind.HOLIDAY && rule.date().equals(day));
    /** After National Day: the month from 20 September holds the Mid-Autumn Festival and National Day. */
    private static final Instant OCTOBER_20 = ZonedDateTime.of(2026, 10, 20, 12, 0, 0, 0, SHANGHAI).toInstant();
    /** The month from 6 November has no holiday: National Day's last day, 7 October, is worked too. */
    private static final Instant DECEMBER_6 = ZonedDateTime.of(2026, 12, 6, 12, 0, 0, 0, SHANGHAI).toInstant();

    private final InMemoryServiceDesk desk = DemoHospital.inMemory();

    private List<TicketView> load(Instant now) {
        return DemoWorkload.loadInto(desk.ports, DemoHospital.settings(), InMemoryServiceDesk.validator(), now,
                WORKING_DAY, HOLIDAY);
    }

    @Test
    void aMonthOfTicketsIsWorkedToTheEndEachEventStampedWhenItHappenedInTheOrderItHappened() {
        List<TicketView> tickets = load(DECEMBER_6);
        List<DomainEvent> events = desk.events.all();

        assertThat(tickets).hasSizeGreaterThan(35);
        assertThat(tickets).extracting(TicketView::status).containsOnly(TicketStatus.CLOSED);
        assertThat(events).extracting(DomainEvent::occurredAt).isSorted()
                .allMatch(at -> at.isBefore(DECEMBER_6))
                .allMatch(at -> !at.isBefore(LocalDate.of(2026, 10, 7).atStartOfDay(SHANGHAI).toInstant()));
        assertThat(days(events, e -> e instanceof TicketEvent.WorkLogged)).contains(LocalDate.of(2026, 10, 7))
                .allMatch(day -> !day.isBefore(LocalDate.of(2026, 11, 6)) || day.equals(LocalDate.of(2026, 10, 7)));
    }

    @Test
    void workIsLoggedInOfficeHoursAtNightAndOnTheHolidayInTheMonth() {
        load(OCTOBER_20);
        List<TicketEvent.WorkLogged> work = desk.events.all().stream().filter(TicketEvent.WorkLogged.class::isInstance)
                .map(TicketEvent.WorkLogged.class::cast).toList();

        assertThat(work).extracting(w -> w.occurredAt().atZone(SHANGHAI).getHour())
                .contains(4, 9, 10, 15, 18);
        assertThat(days(List.copyOf(work), e -> true)).contains(LocalDate.of(2026, 10, 7))
                .doesNotContain(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2));
        assertThat(work).extracting(w -> w.actor().value()).contains("E0101", "E0102", "E0200", "E0201", "E0301");
    }

    @Test
    void ticketsAreReassignedEscalatedReopenedBouncedAndRatedAndCallsSolvedAtFirstContact() {
        load(OCTOBER_20);
        List<DomainEvent> events = desk.events.all();

        assertThat(events).filteredOn(TicketEvent.Reopened.class::isInstance).isNotEmpty();
        assertThat(events).filteredOn(TicketEvent.Escalated.class::isInstance).hasSizeGreaterThan(1);
        assertThat(events).filteredOn(TicketEvent.Rated.class::isInstance).hasSizeGreaterThan(10);
        assertThat(events).filteredOn(ContactEvent.ResolvedAtFirstContact.class::isInstance).isNotEmpty();
        Set<String> movedThrice = events.stream().filter(e -> e instanceof TicketEvent.Assigned
                        || e instanceof TicketEvent.Escalated).collect(Collectors.groupingBy(DomainEvent::aggregateId,
                        Collectors.counting())).entrySet().stream().filter(e -> e.getValue() >= 4)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(movedThrice).isNotEmpty();
    }

    @Test
    void loadingAgainWritesNothing() {
        load(OCTOBER_20);
        int events = desk.events.all().size();

        assertThat(load(OCTOBER_20)).isEmpty();
        assertThat(desk.events.all()).hasSize(events);
    }

    private static Set<LocalDate> days(List<? extends DomainEvent> events, Predicate<DomainEvent> which) {
        return events.stream().filter(which).map(e -> e.occurredAt().atZone(SHANGHAI).toLocalDate())
                .collect(Collectors.toSet());
    }
}
