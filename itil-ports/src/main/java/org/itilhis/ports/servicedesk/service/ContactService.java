package org.itilhis.ports.servicedesk.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.Permission;
import org.itilhis.core.contact.Contact;
import org.itilhis.core.contact.ContactDetails;
import org.itilhis.core.priority.PriorityAssessment;
import org.itilhis.core.routing.CategoryCode;
import org.itilhis.core.routing.RoutingTable.RoutingDecision;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketDetails;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.common.CommandPipeline.Outcome;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactNotFoundException;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.ServiceDeskUseCase;
import org.itilhis.ports.servicedesk.in.TicketNotFoundException;
import org.itilhis.ports.servicedesk.in.TicketView;

/**
 * The single point of contact: logs contacts and gives each its outcome. Raising a ticket
 * routes it by the division of duties, prioritises it by the hospital's matrix, numbers it,
 * gives it to the engineer on call if it is clinical-critical and raised out of office hours
 * ({@link OnCallRouting}) and records the contact's outcome, all in one transaction; the
 * engineer on call hears of the assignment through the notification relay, at least once
 * ({@link org.itilhis.ports.notification.service.PeopleNotifications}).
 */
public final class ContactService implements ServiceDeskUseCase {
    private final ServiceDeskPorts ports;
    private final ServiceDeskSettings settings;
    private final CommandPipeline pipeline;
    private final OnCallRouting onCall;

    public ContactService(ServiceDeskPorts ports, ServiceDeskSettings settings, Validator validator) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
        this.pipeline = new CommandPipeline(validator, ports.transactions(), ports.events());
        this.onCall = new OnCallRouting(ports);
    }

    @Override
    public ContactView logContact(ContactCommand.Log command) {
        return pipeline.run(command, () -> {
            authorise(command.actor(), Permission.LOG_CONTACT,
                    AccessContext.onBehalfOf(command.caller(), groupsOf(command.actor())), "a new contact");
            Instant at = ports.clock().instant();
            ContactDetails details = new ContactDetails(command.channel(), command.caller(), command.department(),
                    Optional.ofNullable(command.location()), Optional.ofNullable(command.extension()), at,
                    command.description());
            Contact contact = Contact.log(ports.contacts().nextId(), details, command.actor().staffId(), at);
            ports.contacts().save(contact);
            return Outcome.of(ContactView.of(contact), contact.pullEvents());
        });
    }

    @Override
    public ContactView resolveAtFirstContact(ContactCommand.ResolveAtFirstContact command) {
        return pipeline.run(command, () -> {
            Contact contact = contact(command.contact(), command.actor(), Permission.RESOLVE_AT_FIRST_CONTACT);
            contact.resolveAtFirstContact(command.code(), command.note(), command.actor().staffId(),
                    ports.clock().instant());
            ports.contacts().save(contact);
            return Outcome.of(ContactView.of(contact), contact.pullEvents());
        });
    }

    @Override
    public TicketView raiseTicket(ContactCommand.RaiseTicket command) {
        return pipeline.run(command, () -> {
            if (command.majorIncident() && command.type() != TicketType.INCIDENT) {
                throw InvalidCommandException.of("majorIncident", "only an incident can be a major incident");
            }
            Contact contact = contact(command.contact(), command.actor(), Permission.RAISE_TICKET);
            PriorityAssessment assessment = settings.priority().assess(Priorities.factors(settings.priority(),
                    command.impact(), command.urgency(), command.criticality(), command.majorIncident()));
            TicketDetails details = details(command, contact.details());
            RoutingDecision routing = settings.routing().route(details.category(), details.location(), details.ciClass());
            Instant at = ports.clock().instant();
            TicketNumber number = ports.numbers().next(command.type(), at.atZone(settings.zone()).getYear());
            Ticket ticket = Ticket.raise(ports.tickets().nextId(), number, details, assessment, routing.group(),
                    routing.explanation(), Optional.of(contact.id()), command.actor().staffId(), at);
            onCall.route(ticket, at);
            contact.raisedAs(ticket.id(), number, command.actor().staffId(), at);
            ports.tickets().save(ticket);
            ports.contacts().save(contact);
            // both aggregates' events in one batch, the contact's first, as always
            TicketView raised = TicketVisibility.of(settings.access(), command.actor(), ticket,
                    ImmutableSet.copyOf(groupsOf(command.actor()))).view(TicketView.of(ticket));
            return Outcome.of(raised, contact.pullEvents(), ticket.pullEvents());
        });
    }

    @Override
    public TicketView linkToTicket(ContactCommand.LinkToTicket command) {
        return pipeline.run(command, () -> {
            Ticket ticket = ports.tickets().find(command.ticket())
                    .orElseThrow(() -> new TicketNotFoundException(command.ticket()));
            TicketVisibility visibility = TicketVisibility.of(settings.access(), command.actor(), ticket,
                    ImmutableSet.copyOf(groupsOf(command.actor())));
            if (!visibility.seen()) {
                throw new TicketNotFoundException(command.ticket());
            }
            Contact contact = contact(command.contact(), command.actor(), Permission.LINK_CONTACT);
            authorise(command.actor(), Permission.LINK_CONTACT, visibility.context(), ticket.number().toString());
            Instant at = ports.clock().instant();
            ticket.linkContact(contact.id(), command.actor().staffId(), at);
            contact.linkTo(ticket.id(), ticket.number(), command.actor().staffId(), at);
            ports.tickets().save(ticket);
            ports.contacts().save(contact);
            return Outcome.of(visibility.view(ticket), contact.pullEvents(), ticket.pullEvents());
        });
    }

    private static TicketDetails details(ContactCommand.RaiseTicket command, ContactDetails contact) {
        return new TicketDetails(command.summary(), contact.description(), CategoryCode.of(command.category()),
                contact.caller(), contact.department(), contact.location(), Optional.ofNullable(command.ciClass()));
    }

    private Contact contact(ContactId id, Actor actor, Permission permission) {
        Contact contact = ports.contacts().find(id).orElseThrow(() -> new ContactNotFoundException(id));
        authorise(actor, permission, AccessContext.onBehalfOf(contact.details().caller(), groupsOf(actor)),
                "contact " + id);
        return contact;
    }

    private void authorise(Actor actor, Permission permission, AccessContext context, String record) {
        settings.access().check(actor, permission, context, record);
    }

    private Iterable<GroupId> groupsOf(Actor actor) {
        return ports.directory().groupsOf(actor.staffId());
    }
}
