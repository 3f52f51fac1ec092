package org.itilhis.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.ChangeDetector;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import org.itilhis.core.priority.PriorityOverride;
import org.itilhis.core.priority.PriorityPolicy;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.HoldReason;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.Satisfaction;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketSnapshot;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.testkit.arbitraries.ActorArbitraries;
import org.itilhis.testkit.arbitraries.PriorityArbitraries;
import org.itilhis.testkit.arbitraries.ServiceDeskArbitraries;
import org.itilhis.testkit.arbitraries.TextArbitraries;
import org.itilhis.testkit.arbitraries.TicketArbitraries;

/**
 * The {@link Ticket} aggregate on its own, without services or access rules: random
 * sequences of every aggregate command, with valid arguments or the missing and blank
 * fields the workflow must refuse, at random times. After every step the ticket's event
 * history replays to exactly its state, its version counts its events, a refused command
 * changed nothing and recorded nothing, a successful one recorded exactly one event (only
 * linking a contact already linked records none), and a closed or cancelled ticket stays so.
 */
class TicketAggregateProperties {
    private static final PriorityPolicy POLICY = PriorityPolicy.hospitalDefault();
    private static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    private static final Arbitrary<StaffId> ACTORS = ActorArbitraries.demoStaff().map(Actor::staffId);
    private static final Arbitrary<GroupId> GROUPS = ServiceDeskArbitraries.demoGroups().injectNull(0.05);
    private static final Arbitrary<SupportTier> TIERS = Arbitraries.of(SupportTier.class).injectNull(0.05);
    private static final Arbitrary<HoldReason> HOLD_REASONS = Arbitraries.of(HoldReason.class).injectNull(0.1);
    private static final Arbitrary<ResolutionCode> CODES = Arbitraries.of(ResolutionCode.class).injectNull(0.1);
    private static final Arbitrary<Integer> MINUTES = Arbitraries.integers().between(1, 1440);
    private static final Arbitrary<Integer> SCORES = Arbitraries.integers().between(1, 5);

    @Property(tries = 1000)
    void historyReplaysToStateAndTerminalStatesStayTerminal(@ForAll("ticketLives") ActionChain<TicketModel> chain) {
        TicketModel end = chain.withInvariant("history replays to state", TicketModel::checkHistory).run();

        Statistics.label("final status").collect(end.status().map(Enum::name).orElse("not raised"));
        Statistics.label("final status").coverage(coverage -> {
            coverage.check(TicketStatus.CLOSED.name()).count(closed -> closed >= 50);
            coverage.check(TicketStatus.ON_HOLD.name()).count(held -> held >= 10);
        });
    }

    @Provide
    ActionChainArbitrary<TicketModel> ticketLives() {
        return ActionChain.startWith(TicketModel::new)
                .withAction(1, new Raise())
                .withAction(20, new Work())
                .withMaxTransformations(40)
                .improveShrinkingWith(TicketChanges::new);
    }

    /** Lets shrinking drop the steps that changed nothing (refused commands). */
    static final class TicketChanges implements ChangeDetector<TicketModel> {
        private long version;

        @Override
        public void before(TicketModel before) {
            version = before.version();
        }

        @Override
        public boolean hasChanged(TicketModel after) {
            return after.version() != version;
        }
    }

    /** One ticket and every event it recorded, at a clock that only moves forward. */
    static final class TicketModel {
        private Ticket ticket;
        private final List<TicketEvent> history = new ArrayList<>();
        private Instant now = START;

        void raise(List<TicketEvent> raised) {
            ticket = Ticket.replay(raised);
            history.addAll(raised);
        }

        /** Applies one command; a refusal must leave no trace, a success exactly one event. */
        void apply(Step step) {
            now = now.plus(step.elapse());
            TicketSnapshot before = ticket.snapshot();
            try {
                step.command().apply(ticket, now);
            } catch (DomainException refused) {
                assertThat(ticket.snapshot()).as("state after the refused %s", step).isEqualTo(before);
                assertThat(ticket.pendingEvents()).as("events of the refused %s", step).isEmpty();
                return;
            }
            List<TicketEvent> recorded = ticket.pullEvents();
            if (recorded.isEmpty()) {
                assertThat(step.description()).as("only a repeated link records nothing").startsWith("linkContact");
                assertThat(ticket.snapshot()).as("state after %s, which recorded nothing", step).isEqualTo(before);
            } else {
                assertThat(recorded).as("events of %s", step).hasSize(1);
                assertThat(recorded.get(0).occurredAt()).as("time of %s", step).isEqualTo(now);
                assertThat(ticket.version()).as("version after %s", step).isEqualTo(before.version() + 1);
            }
            if (before.status().isTerminal()) {
                assertThat(ticket.status()).as("status of a %s ticket after %s", before.status(), step)
                        .isEqualTo(before.status());
            }
            history.addAll(recorded);
        }

        void checkHistory() {
            if (ticket != null) {
                assertThat(ticket.version()).as("version against the %s events", history.size())
                        .isEqualTo(history.size());
                assertThat(Ticket.replay(history).snapshot()).as("replayed history").isEqualTo(ticket.snapshot());
                assertThat(Ticket.restore(ticket.snapshot()).snapshot()).as("restored snapshot")
                        .isEqualTo(ticket.snapshot());
            }
        }

        /** The ticket's version, counting pending events too; 0 before it is raised. */
        long version() {
            return ticket == null ? 0 : ticket.version();
        }

        Optional<TicketStatus> status() {
            return Optional.ofNullable(ticket).map(Ticket::status);
        }

        @Override
        public String toString() {
            return ticket == null ? "no ticket" : ticket + " v" + ticket.version();
        }
    }

    /** A command on the aggregate, at the time {@code elapse} after the previous one. */
    record Step(String description, Duration elapse, Command command) {
        @Override
        public String toString() {
            return description;
        }
    }

    @FunctionalInterface
    interface Command {
        void apply(Ticket ticket, Instant at);
    }

    static final class Raise implements Action.Independent<TicketModel> {
        @Override
        public boolean precondition(TicketModel model) {
            return model.ticket == null;
        }

        @Override
        public Arbitrary<Transformer<TicketModel>> transformer() {
            // Only the recorded events are kept: the model replays its own ticket from them,
            // so the generated (mutable) ticket is never shared between runs.
            return TicketArbitraries.raised(POLICY, START).map(ticket -> {
                List<TicketEvent> raised = ticket.pendingEvents();
                return Transformer.mutate("raise " + ticket, model -> model.raise(raised));
            });
        }
    }

    static final class Work implements Action.Dependent<TicketModel> {
        @Override
        public boolean precondition(TicketModel model) {
            return model.ticket != null;
        }

        @Override
        public Arbitrary<Transformer<TicketModel>> transformer(TicketModel model) {
            Arbitrary<Duration> elapse = Arbitraries.frequencyOf(
                    Tuple.of(3, Arbitraries.integers().between(0, 600).map(Duration::ofMinutes)),
                    Tuple.of(1, Arbitraries.integers().between(1, 5).map(Duration::ofDays)));
            return Combinators.combine(commands(model.ticket), elapse)
                    .as((command, after) -> new Step(command.description(), after, command.command()))
                    .map(step -> Transformer.mutate(step.description() + " after " + step.elapse(),
                            m -> m.apply(step)));
        }
    }

    /** Every aggregate command; the steps toward closure most often, cancelling (allowed nearly everywhere) least. */
    private static Arbitrary<Step> commands(Ticket ticket) {
        List<Tuple2<Integer, Arbitrary<Step>>> steps = new ArrayList<>(workflowSteps());
        steps.addAll(recordKeeping(ticket));
        return Arbitraries.frequencyOf(steps);
    }

    private static List<Tuple2<Integer, Arbitrary<Step>>> workflowSteps() {
        Arbitrary<String> reasons = workflowText(2000);
        return List.of(
                Tuple.of(4, Combinators.combine(GROUPS, ACTORS.optional(), TIERS, ACTORS)
                        .as((group, engineer, tier, by) -> step("assign " + group + " " + engineer + " " + tier,
                                (t, at) -> t.assign(group, engineer, tier, by, at)))),
                Tuple.of(6, ACTORS.map(by -> step("accept by " + by, (t, at) -> t.accept(by, at)))),
                Tuple.of(6, ACTORS.map(by -> step("start by " + by, (t, at) -> t.start(by, at)))),
                Tuple.of(3, Combinators.combine(HOLD_REASONS, TextArbitraries.optional(2000), ACTORS)
                        .as((reason, note, by) -> step("hold " + reason, (t, at) -> t.hold(reason, note, by, at)))),
                Tuple.of(4, ACTORS.map(by -> step("resume by " + by, (t, at) -> t.resume(by, at)))),
                Tuple.of(2, Combinators.combine(GROUPS, reasons, ACTORS).as((group, reason, by) ->
                        step("escalate to " + group + " '" + reason + "'",
                                (t, at) -> t.escalate(group, reason, by, at)))),
                Tuple.of(2, Combinators.combine(reasons, ACTORS).as((reason, by) ->
                        step("escalateToLead '" + reason + "'", (t, at) -> t.escalateToLead(reason, by, at)))),
                Tuple.of(6, Combinators.combine(CODES, workflowText(4000), ACTORS).as((code, note, by) ->
                        step("resolve " + code + " '" + note + "'", (t, at) -> t.resolve(code, note, by, at)))),
                Tuple.of(4, ACTORS.map(by -> step("confirm by " + by, (t, at) -> t.confirm(by, at)))),
                Tuple.of(3, Combinators.combine(Arbitraries.integers().between(0, 96).map(Duration::ofHours), ACTORS)
                        .as((quiet, by) -> step("closeAfterQuietPeriod " + quiet,
                                (t, at) -> t.closeAfterQuietPeriod(quiet, by, at)))),
                Tuple.of(3, Combinators.combine(reasons, ACTORS).as((reason, by) ->
                        step("reopen '" + reason + "'", (t, at) -> t.reopen(reason, by, at)))),
                Tuple.of(1, Combinators.combine(reasons, ACTORS).as((reason, by) ->
                        step("cancel '" + reason + "'", (t, at) -> t.cancel(reason, by, at)))));
    }

    /** Work logs, ratings, priority decisions and linked contacts; reprioritising keeps the major flag, as required. */
    private static List<Tuple2<Integer, Arbitrary<Step>>> recordKeeping(Ticket ticket) {
        List<ContactId> contacts = new ArrayList<>(List.of(new ContactId(new UUID(1, 1)),
                new ContactId(new UUID(1, 2))));
        ticket.snapshot().origin().ifPresent(contacts::add);
        return List.of(
                Tuple.of(2, Combinators.combine(MINUTES, TextArbitraries.text(4000), ACTORS)
                        .as((minutes, note, by) -> step("addWorkLog " + minutes,
                                (t, at) -> t.addWorkLog(minutes, note, by, at)))),
                Tuple.of(3, Combinators.combine(SCORES, TextArbitraries.text(2000), ACTORS)
                        .as((score, comment, by) -> step("rate " + score,
                                (t, at) -> t.rate(new Satisfaction(score, comment), by, at)))),
                Tuple.of(2, Combinators.combine(TicketArbitraries.assessments(POLICY, ticket.isMajorIncident()),
                        TextArbitraries.text(2000), ACTORS).as((assessment, reason, by) ->
                        step("reprioritise " + assessment.priority(),
                                (t, at) -> t.reprioritise(assessment, reason, by, at)))),
                Tuple.of(2, Combinators.combine(PriorityArbitraries.priorities(), TextArbitraries.text(500), ACTORS)
                        .as((priority, reason, by) -> step("overridePriority " + priority,
                                (t, at) -> t.overridePriority(
                                        new PriorityOverride(priority, reason, by, at), by, at)))),
                Tuple.of(1, Combinators.combine(TicketArbitraries.assessments(POLICY, true), TextArbitraries.text(2000),
                        ACTORS).as((assessment, reason, by) -> step("declareMajorIncident",
                        (t, at) -> t.declareMajorIncident(assessment, reason, by, at)))),
                Tuple.of(2, Combinators.combine(Arbitraries.of(contacts), ACTORS).as((contact, by) ->
                        step("linkContact " + contact, (t, at) -> t.linkContact(contact, by, at)))));
    }

    /** Text the workflow requires: given mostly, sometimes blank or absent (refused as a missing field). */
    private static Arbitrary<String> workflowText(int maxLength) {
        return Arbitraries.frequencyOf(Tuple.of(12, TextArbitraries.text(maxLength)),
                Tuple.of(1, TextArbitraries.blank()), Tuple.of(1, Arbitraries.just(null)));
    }

    private static Step step(String description, Command command) {
        return new Step(description, Duration.ZERO, command);
    }
}
