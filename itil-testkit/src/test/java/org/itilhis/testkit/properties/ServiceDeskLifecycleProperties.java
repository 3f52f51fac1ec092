package org.itilhis.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.ChangeDetector;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.contact.ContactSnapshot;
import org.itilhis.core.contact.ContactStatus;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketSnapshot;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.arbitraries.ActorArbitraries;
import org.itilhis.testkit.arbitraries.ServiceDeskArbitraries;
import org.itilhis.testkit.arbitraries.TicketCommandArbitraries;

/**
 * Random days at the demo hospital's service desk: contacts logged, resolved, raised as
 * tickets and linked to them, tickets worked by random people through every command, and
 * the clock moving on so that resolved tickets can close on their own. Every command goes
 * through the application services of a fresh in-memory desk; {@link CheckedServiceDesk}
 * checks what each command did (one event per changed aggregate; nothing at all when
 * refused; never an exception other than a domain exception) and
 * {@link ServiceDeskInvariants} checks the stored state after every step.
 */
class ServiceDeskLifecycleProperties {

    @Property(tries = 1000)
    void everyCommandKeepsTheServiceDeskInvariants(@ForAll("deskActivity") ActionChain<DeskModel> chain) {
        DeskModel end = chain.withInvariant("service desk invariants", model -> model.invariants().check()).run();

        end.outcomes().forEach(outcome -> Statistics.label("command outcomes").collect(outcome));
        end.tickets().forEach(ticket -> Statistics.label("final ticket statuses").collect(ticket.status()));
        // The generators must keep reaching the far end of the lifecycle, or the property says little.
        Statistics.label("final ticket statuses").coverage(coverage -> {
            coverage.check(TicketStatus.CLOSED).count(closed -> closed >= 50);
            coverage.check(TicketStatus.CANCELLED).count(cancelled -> cancelled >= 20);
        });
        Statistics.label("command outcomes").coverage(coverage -> {
            coverage.check("Resolve ok").count(resolved -> resolved >= 50);
            coverage.check("Reopen ok").count(reopened -> reopened >= 5);
            coverage.check("Close ok").count(closedAutomatically -> closedAutomatically >= 1);
            coverage.check("Rate ok").count(rated -> rated >= 10);
        });
    }

    /** Found by the property above: the domain's refusal escaped as an IllegalArgumentException. */
    @Example
    void aServiceRequestFlaggedMajorIsRefusedAsInvalidAndChangesNothing() {
        CheckedServiceDesk desk = CheckedServiceDesk.of(DemoHospital.inMemory(), DemoHospital.settings().priority());
        CommandOutcome logged = desk.execute(new ContactCommand.Log(DemoHospital.AGENT_CHEN, ContactChannel.PHONE,
                DemoHospital.NURSE_WANG.staffId(), DemoHospital.WARD_5_EAST, null, "5501", "护士站需要一台新打印机"));
        ContactView contact = (ContactView) ((CommandOutcome.Succeeded) logged).result();

        CommandOutcome raised = desk.execute(new ContactCommand.RaiseTicket(DemoHospital.AGENT_CHEN, contact.id(),
                TicketType.SERVICE_REQUEST, "new printer for the nurse station", "printer", "ONE_DEPARTMENT",
                "NO_CLINICAL_EFFECT", ServiceCriticality.GENERAL, true, null));

        assertThat(raised).isInstanceOfSatisfying(CommandOutcome.Refused.class, refused -> assertThat(refused.reason())
                .isInstanceOfSatisfying(InvalidCommandException.class, invalid -> assertThat(invalid.violations())
                        .extracting(InvalidCommandException.FieldViolation::field).containsExactly("majorIncident")));
        desk.invariants().check();
    }

    @Provide
    ActionChainArbitrary<DeskModel> deskActivity() {
        return ActionChain.startWith(DeskModel::fresh)
                .withAction(2, new LogContact())
                .withAction(1, new ResolveAtFirstContact())
                .withAction(2, new RaiseTicket())
                .withAction(1, new LinkToTicket())
                .withAction(20, new WorkOnTicket())
                .withAction(2, new AdvanceClock())
                .withMaxTransformations(50)
                .improveShrinkingWith(DeskChanges::new);
    }

    /** A contact comes in. */
    static final class LogContact implements Action.Independent<DeskModel> {
        @Override
        public Arbitrary<Transformer<DeskModel>> transformer() {
            return ServiceDeskArbitraries.logs().map(command -> Transformer.mutate(
                    CheckedServiceDesk.describe(command), model -> model.run(command)));
        }
    }

    /** The desk solves a contact on the spot. */
    static final class ResolveAtFirstContact implements Action.Dependent<DeskModel> {
        @Override
        public boolean precondition(DeskModel model) {
            return !model.contacts().isEmpty();
        }

        @Override
        public Arbitrary<Transformer<DeskModel>> transformer(DeskModel model) {
            return ServiceDeskArbitraries.resolutionsAtFirstContact(deskStaff(), contacts(model))
                    .map(command -> Transformer.mutate(CheckedServiceDesk.describe(command), m -> m.run(command)));
        }
    }

    /** A contact becomes an incident or a service request. */
    static final class RaiseTicket implements Action.Dependent<DeskModel> {
        @Override
        public boolean precondition(DeskModel model) {
            return !model.contacts().isEmpty();
        }

        @Override
        public Arbitrary<Transformer<DeskModel>> transformer(DeskModel model) {
            return ServiceDeskArbitraries.raises(deskStaff(), contacts(model))
                    .map(command -> Transformer.mutate(CheckedServiceDesk.describe(command), m -> m.run(command)));
        }
    }

    /** A contact about an outage that already has a ticket. */
    static final class LinkToTicket implements Action.Dependent<DeskModel> {
        @Override
        public boolean precondition(DeskModel model) {
            return !model.contacts().isEmpty() && !model.tickets().isEmpty();
        }

        @Override
        public Arbitrary<Transformer<DeskModel>> transformer(DeskModel model) {
            Arbitrary<TicketId> tickets = preferOpen(model.tickets()).map(TicketSnapshot::id);
            return ServiceDeskArbitraries.links(deskStaff(), contacts(model), tickets)
                    .map(command -> Transformer.mutate(CheckedServiceDesk.describe(command), m -> m.run(command)));
        }
    }

    /** Someone does something to a ticket: any command, aimed mostly at what its workflow allows now. */
    static final class WorkOnTicket implements Action.Dependent<DeskModel> {
        @Override
        public boolean precondition(DeskModel model) {
            return !model.tickets().isEmpty();
        }

        @Override
        public Arbitrary<Transformer<DeskModel>> transformer(DeskModel model) {
            Arbitrary<TicketCommand> aimed = preferOpen(model.tickets()).flatMap(TicketCommandArbitraries::plausibleOn);
            Arbitrary<TicketCommand> unaimed = TicketCommandArbitraries
                    .on(ServiceDeskArbitraries.ticketIds(model.tickets().stream().map(TicketSnapshot::id).toList()))
                    .any();
            return Arbitraries.frequencyOf(Tuple.of(12, aimed), Tuple.of(1, unaimed))
                    .map(command -> Transformer.mutate(CheckedServiceDesk.describe(command), m -> m.run(command)));
        }
    }

    /** Time passes: minutes, hours, or past the three days' quiet period. */
    static final class AdvanceClock implements Action.Independent<DeskModel> {
        @Override
        public Arbitrary<Transformer<DeskModel>> transformer() {
            Arbitrary<Duration> durations = Arbitraries.frequencyOf(
                    Tuple.of(3, Arbitraries.integers().between(1, 600).map(Duration::ofMinutes)),
                    Tuple.of(2, Arbitraries.integers().between(1, 96).map(Duration::ofHours)),
                    Tuple.of(2, Arbitraries.integers().between(3, 5).map(Duration::ofDays)));
            return durations.map(by -> Transformer.mutate("advance the clock by " + by, m -> m.advanceClock(by)));
        }
    }

    /** Lets shrinking drop the steps that changed nothing (refused commands). */
    static final class DeskChanges implements ChangeDetector<DeskModel> {
        private int events;

        @Override
        public void before(DeskModel before) {
            events = before.eventCount();
        }

        @Override
        public boolean hasChanged(DeskModel after) {
            return after.eventCount() != events;
        }
    }

    /** The service desk mostly, sometimes the system or anyone at all. */
    private static Arbitrary<Actor> deskStaff() {
        return Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just(DemoHospital.AGENT_CHEN)),
                Tuple.of(1, Arbitraries.just(Actor.system())), Tuple.of(2, ActorArbitraries.anyone()));
    }

    /** Open contacts mostly (the only ones a command can succeed on), any contact or an unknown id otherwise. */
    private static Arbitrary<ContactId> contacts(DeskModel model) {
        List<ContactId> all = model.contacts().stream().map(ContactSnapshot::id).toList();
        List<ContactId> open = model.contacts().stream().filter(c -> c.outcome().status() == ContactStatus.OPEN)
                .map(ContactSnapshot::id).toList();
        Arbitrary<ContactId> any = ServiceDeskArbitraries.contactIds(all);
        return open.isEmpty() ? any : Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(open)), Tuple.of(1, any));
    }

    /** Tickets that are not closed or cancelled mostly. */
    private static Arbitrary<TicketSnapshot> preferOpen(List<TicketSnapshot> tickets) {
        List<TicketSnapshot> live = tickets.stream().filter(t -> !t.status().isTerminal()).toList();
        Arbitrary<TicketSnapshot> any = Arbitraries.of(tickets);
        return live.isEmpty() ? any : Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.of(live)), Tuple.of(1, any));
    }
}
