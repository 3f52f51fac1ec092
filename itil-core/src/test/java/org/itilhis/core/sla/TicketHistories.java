package org.itilhis.core.sla;

import static org.itilhis.core.sla.SlaTickets.AGENT;
import static org.itilhis.core.sla.SlaTickets.CALLER;
import static org.itilhis.core.sla.SlaTickets.DESKTOP;
import static org.itilhis.core.sla.SlaTickets.ENGINEER;
import static org.itilhis.core.sla.SlaTickets.HIS_SUPPORT;
import static org.itilhis.core.sla.SlaTickets.LEAD;
import static org.itilhis.core.sla.SlaTickets.NETWORK;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.PriorityAssessment;
import org.itilhis.core.priority.PriorityOverride;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.ticket.HoldReason;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketEvent;

/**
 * Random ticket histories for the SLA properties, made by driving a real {@link Ticket}
 * with random commands at random, never decreasing times (from a few seconds to days
 * apart, so that nights, weekends and the 2026 holidays are crossed). Commands the ticket
 * refuses in its current state are skipped, so every history is one the domain can produce.
 */
final class TicketHistories {
    private static final List<GroupId> GROUPS = List.of(DESKTOP, HIS_SUPPORT, NETWORK);
    private static final Instant FROM = Instant.parse("2025-12-20T00:00:00Z");

    private TicketHistories() {
    }

    /**
     * One command with its random choice (a group, a reason, a priority), the time step before
     * it, and how far behind true time the clock of the node that handles it is.
     */
    record Step(int command, int choice, Duration after, Duration skew) {
    }

    /** A generated history and the instant at which it is measured (at or after its last event). */
    record Scenario(List<TicketEvent> history, Instant now) {
    }

    static Arbitrary<Scenario> scenarios() {
        return scenarios(Arbitraries.just(Duration.ZERO));
    }

    /**
     * Histories written by nodes whose clocks are up to a minute behind true time, each
     * command on a node picked at random: readings may go back between two commands.
     */
    static Arbitrary<Scenario> scenariosUnderClockSkew() {
        return scenarios(Arbitraries.longs().between(0, 60).map(Duration::ofSeconds));
    }

    private static Arbitrary<Scenario> scenarios(Arbitrary<Duration> skews) {
        Arbitrary<Instant> raisedAt = Arbitraries.longs().between(0, Duration.ofDays(300).getSeconds())
                .map(FROM::plusSeconds);
        Arbitrary<Step> step = Combinators.combine(commandIndices(),
                Arbitraries.integers().between(0, 5), gaps(), skews).as(Step::new);
        Arbitrary<PriorityAssessment> assessment = Arbitraries.of(SlaTickets.P2, SlaTickets.P4, SlaTickets.P5,
                SlaTickets.MAJOR);
        return Combinators.combine(raisedAt, assessment, step.list().ofMaxSize(30), gaps())
                .as(TicketHistories::drive).withoutEdgeCases(); // edge cases would be mostly one-command histories
    }

    /** Command indices weighted so that work progresses: cancelling, which ends a history, is rare. */
    private static Arbitrary<Integer> commandIndices() {
        int[] weights = {6, 2, 8, 6, 6, 5, 2, 3, 3, 2, 1, 1, 1, 1, 1, 1, 3};
        List<Tuple.Tuple2<Integer, Arbitrary<? extends Integer>>> choices = new ArrayList<>();
        for (int i = 0; i < COMMANDS.size(); i++) {
            choices.add(Tuple.of(weights[i], Arbitraries.just(i)));
        }
        return Arbitraries.frequencyOf(choices.toArray(Tuple.Tuple2[]::new));
    }

    private static Arbitrary<Duration> gaps() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.longs().between(0, 3_600)),
                Tuple.of(3, Arbitraries.longs().between(3_600, 86_400)),
                Tuple.of(1, Arbitraries.longs().between(86_400, 10 * 86_400)))
                .map(Duration::ofSeconds);
    }

    private static Scenario drive(Instant raisedAt, PriorityAssessment assessment, List<Step> steps, Duration tail) {
        Ticket ticket = SlaTickets.incident(assessment, raisedAt);
        Instant at = raisedAt;
        for (Step step : steps) {
            at = at.plus(step.after());
            try {
                COMMANDS.get(step.command()).accept(new Choice(ticket, step.choice()), at.minus(step.skew()));
            } catch (DomainException | IllegalArgumentException | IllegalStateException refused) {
                // not allowed in the ticket's current state: the history simply has no such event
            }
        }
        List<TicketEvent> history = ticket.pendingEvents();
        return new Scenario(history, history.get(history.size() - 1).occurredAt().plus(tail));
    }

    /** The ticket and a random number from 0 to 5 to pick arguments with. */
    private record Choice(Ticket ticket, int n) {
        GroupId group() {
            return GROUPS.get(n % GROUPS.size());
        }

        HoldReason reason() {
            return HoldReason.values()[n % HoldReason.values().length];
        }
    }

    private static final List<BiConsumer<Choice, Instant>> COMMANDS = List.of(
            (c, at) -> c.ticket().assign(c.group(), Optional.of(ENGINEER), SupportTier.FIRST_LINE, AGENT, at),
            (c, at) -> c.ticket().accept(ENGINEER, at),
            (c, at) -> c.ticket().start(ENGINEER, at),
            (c, at) -> c.ticket().hold(c.reason(), "", ENGINEER, at),
            (c, at) -> c.ticket().hold(c.reason(), "", ENGINEER, at),
            (c, at) -> c.ticket().resume(ENGINEER, at),
            (c, at) -> c.ticket().escalate(c.group(), "needs another team", ENGINEER, at),
            (c, at) -> c.ticket().resolve(ResolutionCode.FIXED, "fixed", ENGINEER, at),
            (c, at) -> c.ticket().resolve(ResolutionCode.FIXED, "fixed", ENGINEER, at),
            (c, at) -> c.ticket().reopen("not fixed", CALLER, at),
            (c, at) -> c.ticket().confirm(CALLER, at),
            (c, at) -> c.ticket().cancel("duplicate", AGENT, at),
            (c, at) -> c.ticket().reprioritise(c.n() % 2 == 0 ? SlaTickets.P2 : SlaTickets.P5, "corrected", AGENT, at),
            (c, at) -> c.ticket().overridePriority(
                    new PriorityOverride(Priority.ofRank(1 + c.n() % 5), "lead decided", LEAD, at), LEAD, at),
            (c, at) -> c.ticket().declareMajorIncident(SlaTickets.MAJOR, "whole wards down", LEAD, at),
            (c, at) -> c.ticket().addWorkLog(15, "checked", ENGINEER, at),
            (c, at) -> c.ticket().updateCaller("still on it", AGENT, at));
}
