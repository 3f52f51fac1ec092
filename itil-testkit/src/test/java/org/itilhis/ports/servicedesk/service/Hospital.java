package org.itilhis.ports.servicedesk.service;

import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;

import java.time.Duration;
import java.util.List;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.LocationId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketSnapshot;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.common.Notification;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryServiceDesk;

/**
 * The demo hospital on in-memory adapters, with short ways to log calls and raise tickets
 * through the real use cases, and to take a picture of everything stored.
 */
public final class Hospital {
    public final InMemoryServiceDesk desk = DemoHospital.inMemory();

    public ContactView call(Actor caller, DepartmentId department, LocationId location, String description) {
        return desk.desk.desk().logContact(new ContactCommand.Log(AGENT_CHEN, ContactChannel.PHONE, caller.staffId(),
                department, location, "5501", description));
    }

    public ContactView nurseWangCalls(String description) {
        return call(DemoHospital.NURSE_WANG, DemoHospital.WARD_5_EAST, DemoHospital.WARD_5_EAST_STATION, description);
    }

    ContactCommand.RaiseTicket raising(ContactView contact, String category, String impact, String urgency,
                                       ServiceCriticality criticality) {
        return new ContactCommand.RaiseTicket(AGENT_CHEN, contact.id(), TicketType.INCIDENT,
                "Label printer jams", category, impact, urgency, criticality, false, null);
    }

    /** Nurse Wang's printer incident, raised by the desk and owned by desktop support: P3. */
    public TicketView printerIncident() {
        return raise(nurseWangCalls("The label printer jams on every wristband"), "printer", "ONE_DEPARTMENT",
                "DEGRADED");
    }

    public TicketView raise(ContactView contact, String category, String impact, String urgency) {
        return desk.desk.desk().raiseTicket(raising(contact, category, impact, urgency, ServiceCriticality.GENERAL));
    }

    /** Raises a ticket for {@code caller} in {@code category}, then lets {@code minutes} pass. */
    public TicketView raiseFor(Actor caller, String category, String impact, String urgency, int minutes) {
        ContactView contact = call(caller, DemoHospital.WARD_5_EAST, null, "calls about " + category);
        TicketView ticket = raise(contact, category, impact, urgency);
        desk.clock.advance(Duration.ofMinutes(minutes));
        return ticket;
    }

    public TicketView handle(TicketCommand command) {
        return desk.desk.tickets().handle(command);
    }

    public TicketSnapshot stored(TicketId id) {
        return desk.tickets.find(id).orElseThrow().snapshot();
    }

    public List<DomainEvent> log() {
        return desk.events.all();
    }

    public List<String> logTypes() {
        return log().stream().map(DomainEvent::type).toList();
    }

    /** What the notifier got, once the relay has delivered the events so far (the ticket and SLA notifications). */
    public List<Notification> notifications() {
        return desk.notifications.delivered();
    }

    public void later(Duration by) {
        desk.clock.advance(by);
    }

    /** Everything a refused command must leave as it was. */
    public Picture picture(TicketId id) {
        return new Picture(desk.tickets.find(id).map(t -> t.snapshot()).orElse(null), log(), notifications(),
                desk.tickets.size());
    }

    public record Picture(TicketSnapshot ticket, List<DomainEvent> events, List<Notification> notifications, int tickets) {
    }
}
