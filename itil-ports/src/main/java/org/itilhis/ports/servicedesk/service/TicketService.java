package org.itilhis.ports.servicedesk.service;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.priority.PriorityAssessment;
import org.itilhis.core.priority.PriorityFactors;
import org.itilhis.core.priority.PriorityOverride;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.Satisfaction;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.common.CommandPipeline.Outcome;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.servicedesk.in.AssignmentRefusedException;
import org.itilhis.ports.servicedesk.in.TicketCommand.AddWorkLog;
import org.itilhis.ports.servicedesk.in.TicketCommand.Assign;
import org.itilhis.ports.servicedesk.in.TicketCommand.Cancel;
import org.itilhis.ports.servicedesk.in.TicketCommand.DeclareMajorIncident;
import org.itilhis.ports.servicedesk.in.TicketCommand.Escalate;
import org.itilhis.ports.servicedesk.in.TicketCommand.EscalateToLead;
import org.itilhis.ports.servicedesk.in.TicketCommand.Hold;
import org.itilhis.ports.servicedesk.in.TicketCommand.OverridePriority;
import org.itilhis.ports.servicedesk.in.TicketCommand.Rate;
import org.itilhis.ports.servicedesk.in.TicketCommand.Reopen;
import org.itilhis.ports.servicedesk.in.TicketCommand.Reprioritise;
import org.itilhis.ports.servicedesk.in.TicketCommand.Resolve;
import org.itilhis.ports.servicedesk.in.TicketCommand.UpdateCaller;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketNotFoundException;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.in.TicketWorkUseCase;

/**
 * Works incidents and service requests: one {@link TicketCommand} through the {@link
 * CommandPipeline}: load the ticket, check that the actor sees it and holds the command's
 * permission, check the expected version, let the ticket decide, save it; the pipeline
 * appends its events. Whom they concern hears of them through the notification relay, at least
 * once, by the hospital's notification rules ({@link
 * org.itilhis.ports.notification.service.PeopleNotifications}): nothing is sent from here.
 */
public final class TicketService implements TicketWorkUseCase {
    private final ServiceDeskPorts ports;
    private final ServiceDeskSettings settings;
    private final CommandPipeline pipeline;

    public TicketService(ServiceDeskPorts ports, ServiceDeskSettings settings, Validator validator) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
        this.pipeline = new CommandPipeline(validator, ports.transactions(), ports.events());
    }

    @Override
    public TicketView handle(TicketCommand command) {
        return pipeline.run(command, () -> {
            Ticket ticket = ports.tickets().find(command.ticket())
                    .orElseThrow(() -> new TicketNotFoundException(command.ticket()));
            Actor actor = command.actor();
            TicketVisibility visibility = TicketVisibility.of(settings.access(), actor, ticket,
                    ports.directory().groupsOf(actor.staffId()));
            if (!visibility.seen()) {
                throw new TicketNotFoundException(command.ticket()); // as the queries say: no leak of existence
            }
            settings.access().check(actor, command.permission(), visibility.context(), ticket.number().toString());
            CommandPipeline.checkVersion("ticket", ticket.number().toString(), command.expectedVersion(),
                    ticket.version());
            command.accept(new TicketDecision(ticket, actor.staffId(), ports.clock().instant()));
            ports.tickets().save(ticket);
            // shown as the actor may see it, by what they saw before the step
            return Outcome.of(visibility.view(TicketView.of(ticket)), ticket.pullEvents());
        });
    }

    private AssignmentGroup group(Assign command) {
        AssignmentGroup group = ports.directory().group(command.group())
                .orElseThrow(() -> AssignmentRefusedException.unknownGroup(command.group()));
        if (command.engineer() != null && !group.hasMember(command.engineer())) {
            throw AssignmentRefusedException.notAMember(command.engineer(), group.id());
        }
        return group;
    }

    /**
     * What the ticket decides for each command, at {@code at}, for {@code actor}: one method
     * per command ({@link TicketCommand.Visitor}), so a new command does not compile until it
     * is handled here.
     */
    private final class TicketDecision implements TicketCommand.Visitor<Void> {
        private final Ticket ticket;
        private final StaffId actor;
        private final Instant at;

        TicketDecision(Ticket ticket, StaffId actor, Instant at) {
            this.ticket = ticket;
            this.actor = actor;
            this.at = at;
        }

        @Override
        public Void assign(Assign command) {
            AssignmentGroup group = group(command);
            ticket.assign(group.id(), Optional.ofNullable(command.engineer()), group.tier(), actor, at);
            return null;
        }

        @Override
        public Void accept(TicketCommand.Accept command) {
            ticket.accept(actor, at);
            return null;
        }

        @Override
        public Void start(TicketCommand.Start command) {
            ticket.start(actor, at);
            return null;
        }

        @Override
        public Void hold(Hold command) {
            ticket.hold(command.reason(), command.note(), actor, at);
            return null;
        }

        @Override
        public Void resume(TicketCommand.Resume command) {
            ticket.resume(actor, at);
            return null;
        }

        @Override
        public Void escalate(Escalate command) {
            AssignmentGroup target = ports.directory().group(command.toGroup())
                    .orElseThrow(() -> AssignmentRefusedException.unknownGroup(command.toGroup()));
            Optional<SupportTier> next = ticket.tier().next();
            if (next.isPresent() && target.tier() != next.get()) {
                throw AssignmentRefusedException.wrongTier(target.id(), target.tier(), next.get());
            }
            ticket.escalate(target.id(), command.reason(), actor, at);
            return null;
        }

        @Override
        public Void escalateToLead(EscalateToLead command) {
            ticket.escalateToLead(command.reason(), actor, at);
            return null;
        }

        @Override
        public Void updateCaller(UpdateCaller command) {
            ticket.updateCaller(command.message(), actor, at);
            return null;
        }

        @Override
        public Void resolve(Resolve command) {
            ticket.resolve(command.code(), command.note(), actor, at);
            return null;
        }

        @Override
        public Void confirm(TicketCommand.Confirm command) {
            ticket.confirm(actor, at);
            return null;
        }

        @Override
        public Void reopen(Reopen command) {
            ticket.reopen(command.reason(), actor, at);
            return null;
        }

        @Override
        public Void close(TicketCommand.Close command) {
            ticket.closeAfterQuietPeriod(settings.quietPeriod(), actor, at);
            return null;
        }

        @Override
        public Void cancel(Cancel command) {
            ticket.cancel(command.reason(), actor, at);
            return null;
        }

        @Override
        public Void addWorkLog(AddWorkLog command) {
            ticket.addWorkLog(command.minutes(), command.note(), command.forCaller(), actor, at);
            return null;
        }

        @Override
        public Void rate(Rate command) {
            ticket.rate(new Satisfaction(command.score(), command.comment() == null ? "" : command.comment()), actor, at);
            return null;
        }

        @Override
        public Void reprioritise(Reprioritise command) {
            PriorityFactors factors = Priorities.factors(settings.priority(), command.impact(), command.urgency(),
                    command.criticality(), ticket.isMajorIncident());
            ticket.reprioritise(settings.priority().assess(factors), command.reason(), actor, at);
            return null;
        }

        @Override
        public Void overridePriority(OverridePriority command) {
            ticket.overridePriority(new PriorityOverride(command.priority(), command.reason(), actor, at), actor, at);
            return null;
        }

        @Override
        public Void declareMajorIncident(DeclareMajorIncident command) {
            PriorityFactors now = ticket.assessment().factors();
            PriorityAssessment major = settings.priority().assess(
                    new PriorityFactors(now.impact(), now.urgency(), now.criticality(), true));
            ticket.declareMajorIncident(major, command.reason(), actor, at);
            return null;
        }
    }
}
