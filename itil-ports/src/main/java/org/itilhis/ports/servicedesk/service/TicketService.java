package org.itilhis.ports.servicedesk.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.Permission;
import org.itilhis.core.priority.PriorityAssessment;
import org.itilhis.core.priority.PriorityFactors;
import org.itilhis.core.priority.PriorityOverride;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.Satisfaction;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.common.CommandValidator;
import org.itilhis.ports.servicedesk.in.AssignmentRefusedException;
import org.itilhis.ports.servicedesk.in.TicketCommand;
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
import org.itilhis.ports.servicedesk.in.TicketNotFoundException;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.in.TicketWorkUseCase;

/**
 * Works incidents and service requests: one {@link TicketCommand} per transaction.
 * Validates the command, loads the ticket, checks the expected version and the actor's
 * permission, lets the ticket decide, saves it and appends its event; notifications go out
 * after the commit.
 */
public final class TicketService implements TicketWorkUseCase {
    private final ServiceDeskPorts ports;
    private final ServiceDeskSettings settings;
    private final CommandValidator validator;
    private final TicketNotifications notifications;

    public TicketService(ServiceDeskPorts ports, ServiceDeskSettings settings, Validator validator) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
        this.validator = new CommandValidator(validator);
        this.notifications = new TicketNotifications(ports.directory(), ports.notifier());
    }

    @Override
    public TicketView handle(TicketCommand command) {
        validator.validate(command);
        Changed changed = ports.transactions().inTransaction(() -> {
            Ticket ticket = ports.tickets().find(command.ticket())
                    .orElseThrow(() -> new TicketNotFoundException(command.ticket()));
            Actor actor = command.actor();
            AccessContext context = AccessContext.of(ticket.details().caller(), ticket.group(),
                    ports.directory().groupsOf(actor.staffId()));
            if (!settings.access().permits(actor, Permission.VIEW_TICKET, context)) {
                throw new TicketNotFoundException(command.ticket()); // as the queries say: no leak of existence
            }
            settings.access().check(actor, TicketPermissions.of(command), context, ticket.number().toString());
            if (command.expectedVersion() != null && command.expectedVersion() != ticket.version()) {
                throw new VersionConflictException("ticket", ticket.number().toString(), command.expectedVersion(),
                        ticket.version());
            }
            apply(command, ticket, actor.staffId(), ports.clock().instant());
            ports.tickets().save(ticket);
            List<TicketEvent> events = ticket.pullEvents();
            ports.events().append(events);
            return new Changed(TicketView.of(ticket), events);
        });
        notifications.send(changed.view(), changed.events());
        return changed.view();
    }

    private void apply(TicketCommand command, Ticket ticket, StaffId actor, Instant at) {
        if (command instanceof Assign c) {
            AssignmentGroup group = group(c);
            ticket.assign(group.id(), Optional.ofNullable(c.engineer()), group.tier(), actor, at);
        } else if (command instanceof TicketCommand.Accept) {
            ticket.accept(actor, at);
        } else if (command instanceof TicketCommand.Start) {
            ticket.start(actor, at);
        } else if (command instanceof Hold c) {
            ticket.hold(c.reason(), c.note(), actor, at);
        } else if (command instanceof TicketCommand.Resume) {
            ticket.resume(actor, at);
        } else if (command instanceof Escalate c) {
            escalate(c, ticket, actor, at);
        } else if (command instanceof EscalateToLead c) {
            ticket.escalateToLead(c.reason(), actor, at);
        } else if (command instanceof UpdateCaller c) {
            ticket.updateCaller(c.message(), actor, at);
        } else if (command instanceof Resolve c) {
            ticket.resolve(c.code(), c.note(), actor, at);
        } else if (command instanceof TicketCommand.Confirm) {
            ticket.confirm(actor, at);
        } else if (command instanceof Reopen c) {
            ticket.reopen(c.reason(), actor, at);
        } else if (command instanceof TicketCommand.Close) {
            ticket.closeAfterQuietPeriod(settings.quietPeriod(), actor, at);
        } else if (command instanceof Cancel c) {
            ticket.cancel(c.reason(), actor, at);
        } else {
            applyRecordKeeping(command, ticket, actor, at);
        }
    }

    private void applyRecordKeeping(TicketCommand command, Ticket ticket, StaffId actor, Instant at) {
        if (command instanceof AddWorkLog c) {
            ticket.addWorkLog(c.minutes(), c.note(), actor, at);
        } else if (command instanceof Rate c) {
            ticket.rate(new Satisfaction(c.score(), c.comment() == null ? "" : c.comment()), actor, at);
        } else if (command instanceof Reprioritise c) {
            PriorityFactors factors = Priorities.factors(settings.priority(), c.impact(), c.urgency(), c.criticality(),
                    ticket.isMajorIncident());
            ticket.reprioritise(settings.priority().assess(factors), c.reason(), actor, at);
        } else if (command instanceof OverridePriority c) {
            ticket.overridePriority(new PriorityOverride(c.priority(), c.reason(), actor, at), actor, at);
        } else if (command instanceof DeclareMajorIncident c) {
            PriorityFactors now = ticket.assessment().factors();
            PriorityAssessment major = settings.priority().assess(
                    new PriorityFactors(now.impact(), now.urgency(), now.criticality(), true));
            ticket.declareMajorIncident(major, c.reason(), actor, at);
        } else {
            throw new IllegalStateException("unhandled ticket command " + command.getClass().getSimpleName());
        }
    }

    private AssignmentGroup group(Assign command) {
        AssignmentGroup group = ports.directory().group(command.group())
                .orElseThrow(() -> AssignmentRefusedException.unknownGroup(command.group()));
        if (command.engineer() != null && !group.hasMember(command.engineer())) {
            throw AssignmentRefusedException.notAMember(command.engineer(), group.id());
        }
        return group;
    }

    private void escalate(Escalate command, Ticket ticket, StaffId actor, Instant at) {
        AssignmentGroup target = ports.directory().group(command.toGroup())
                .orElseThrow(() -> AssignmentRefusedException.unknownGroup(command.toGroup()));
        Optional<SupportTier> next = ticket.tier().next();
        if (next.isPresent() && target.tier() != next.get()) {
            throw AssignmentRefusedException.wrongTier(target.id(), target.tier(), next.get());
        }
        ticket.escalate(target.id(), command.reason(), actor, at);
    }

    private record Changed(TicketView view, List<TicketEvent> events) {
    }

    /** Which permission each command needs. */
    static final class TicketPermissions {
        private static final ImmutableMap<Class<? extends TicketCommand>, Permission> NEEDED =
                ImmutableMap.<Class<? extends TicketCommand>, Permission>builder()
                        .put(Assign.class, Permission.ASSIGN)
                        .put(TicketCommand.Accept.class, Permission.ACCEPT)
                        .put(TicketCommand.Start.class, Permission.START)
                        .put(Hold.class, Permission.HOLD)
                        .put(TicketCommand.Resume.class, Permission.RESUME)
                        .put(Escalate.class, Permission.ESCALATE)
                        .put(EscalateToLead.class, Permission.ESCALATE_TO_LEAD)
                        .put(UpdateCaller.class, Permission.ADD_WORK_LOG) // whoever works the ticket informs the caller
                        .put(Resolve.class, Permission.RESOLVE)
                        .put(TicketCommand.Confirm.class, Permission.CONFIRM)
                        .put(Reopen.class, Permission.REOPEN)
                        .put(TicketCommand.Close.class, Permission.CLOSE)
                        .put(Cancel.class, Permission.CANCEL)
                        .put(AddWorkLog.class, Permission.ADD_WORK_LOG)
                        .put(Rate.class, Permission.RATE)
                        .put(Reprioritise.class, Permission.REPRIORITISE)
                        .put(OverridePriority.class, Permission.OVERRIDE_PRIORITY)
                        .put(DeclareMajorIncident.class, Permission.DECLARE_MAJOR_INCIDENT)
                        .buildOrThrow();

        private TicketPermissions() {
        }

        static Permission of(TicketCommand command) {
            Permission permission = NEEDED.get(command.getClass());
            if (permission == null) {
                throw new IllegalStateException("no permission declared for " + command.getClass().getSimpleName());
            }
            return permission;
        }
    }
}
