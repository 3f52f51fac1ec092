package org.itilhis.examples;

import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CLERK_LI;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.HIS_SUPPORT;
import static org.itilhis.testkit.DemoHospital.OUTPATIENT;
import static org.itilhis.testkit.DemoHospital.OUTPATIENT_HALL;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import java.time.Duration;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.priority.Impact;
import org.itilhis.core.priority.PriorityFactors;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.priority.Urgency;
import org.itilhis.core.ticket.HoldReason;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.testkit.memory.InMemoryServiceDesk;

/**
 * Scene (b): clerk Li's registration terminal is down. The desk raises an incident, first
 * line works it and escalates to the HIS specialists, who wait for the vendor, resolve it,
 * and the clerk confirms and rates the service.
 */
final class RegistrationOutage {
    private final InMemoryServiceDesk hospital;
    private final Narrator narrator;
    private TicketView ticket;

    RegistrationOutage(InMemoryServiceDesk hospital, Narrator narrator) {
        this.hospital = hospital;
        this.narrator = narrator;
    }

    /** Plays the scene; returns the closed, rated incident. */
    TicketView play() {
        narrator.chapter("(b) Clerk Li's registration terminal: an incident from call to rating");
        raise(logCall());
        firstLine();
        secondLine();
        waitForVendor();
        resolveAndClose();
        return ticket;
    }

    private ContactView logCall() {
        hospital.clock.advance(Duration.ofMinutes(9));
        ContactView call = hospital.desk.desk().logContact(new ContactCommand.Log(AGENT_CHEN, ContactChannel.PHONE,
                CLERK_LI.staffId(), OUTPATIENT, OUTPATIENT_HALL, "1102",
                "Registration window 3: the terminal cannot log in to the HIS; patients are queueing"));
        narrator.step(AGENT_CHEN, "logs a phone call from " + narrator.name(CLERK_LI.staffId()));
        narrator.contact(call);
        return call;
    }

    private void raise(ContactView call) {
        hospital.clock.advance(Duration.ofMinutes(2));
        ticket = hospital.desk.desk().raiseTicket(new ContactCommand.RaiseTicket(AGENT_CHEN, call.id(),
                TicketType.INCIDENT, "Outpatient registration window 3 cannot register patients",
                "his.outpatient-registration", Impact.ONE_DEPARTMENT.code(), Urgency.SEVERELY_DEGRADED.code(),
                ServiceCriticality.CLINICAL_CRITICAL, false, "registration-terminal"));
        narrator.step(AGENT_CHEN, "raises it as incident " + ticket.number() + ", priority " + ticket.priority()
                + status());
        PriorityFactors factors = ticket.assessment().factors();
        narrator.detail("impact " + factors.impact() + ", urgency " + factors.urgency() + ", service "
                + factors.criticality() + "; the priority policy says:");
        ticket.assessment().explanation().forEach(line -> narrator.detail("  " + line));
        narrator.detail("routed to " + ticket.group() + " by the division of duties: " + routing());
    }

    private void firstLine() {
        act(3, new TicketCommand.Assign(AGENT_CHEN, ticket.id(), ticket.version(), DESKTOP, ENGINEER_LIU.staffId()));
        narrator.step(AGENT_CHEN, "assigns it to " + ticket.group() + " (" + ticket.tier() + "), engineer "
                + narrator.name(ENGINEER_LIU.staffId()) + status());
        act(2, new TicketCommand.Accept(ENGINEER_LIU, ticket.id(), ticket.version()));
        narrator.step(ENGINEER_LIU, "accepts it" + status());
        act(13, new TicketCommand.Start(ENGINEER_LIU, ticket.id(), ticket.version()));
        narrator.step(ENGINEER_LIU, "starts work at the registration window" + status());
        String reason = "Terminal, network and client reinstall checked: the HIS rejects the login";
        act(30, new TicketCommand.Escalate(ENGINEER_LIU, ticket.id(), ticket.version(), HIS_SUPPORT, reason));
        narrator.step(ENGINEER_LIU, "escalates it to second line: " + ticket.group() + " (" + ticket.tier() + ")"
                + status());
        narrator.detail("reason: " + reason);
    }

    private void secondLine() {
        act(5, new TicketCommand.Accept(SPECIALIST_HUANG, ticket.id(), ticket.version()));
        narrator.step(SPECIALIST_HUANG, "accepts it" + status());
        act(2, new TicketCommand.Start(SPECIALIST_HUANG, ticket.id(), ticket.version()));
        narrator.step(SPECIALIST_HUANG, "starts work" + status());
    }

    private void waitForVendor() {
        String note = "Client certificate of the registration module expired; vendor to ship a patched client";
        act(28, new TicketCommand.Hold(SPECIALIST_HUANG, ticket.id(), ticket.version(), HoldReason.AWAITING_VENDOR,
                note));
        narrator.step(SPECIALIST_HUANG, "puts it on hold, " + ticket.holdReason().orElseThrow() + status());
        narrator.detail("note: " + note);
        act(110, new TicketCommand.Resume(SPECIALIST_HUANG, ticket.id(), ticket.version()));
        narrator.step(SPECIALIST_HUANG, "resumes: the vendor's patch has arrived" + status());
        act(20, new TicketCommand.AddWorkLog(SPECIALIST_HUANG, ticket.id(), ticket.version(), 95,
                "Diagnosed the certificate error, worked with the vendor, installed and tested the patch"));
        narrator.step(SPECIALIST_HUANG, "logs 95 minutes of work; " + ticket.minutesLogged()
                + " minutes logged on the ticket");
    }

    private void resolveAndClose() {
        act(5, new TicketCommand.Resolve(SPECIALIST_HUANG, ticket.id(), ticket.version(), ResolutionCode.VENDOR_FIXED,
                "Vendor patch installed on window 3; a test registration went through"));
        narrator.step(SPECIALIST_HUANG, "resolves it" + status());
        ticket.resolution().ifPresent(r -> narrator.detail("resolution " + r.code() + ": " + r.note()));
        act(15, new TicketCommand.Confirm(CLERK_LI, ticket.id(), ticket.version()));
        narrator.step(CLERK_LI, "confirms the fix; the incident is closed" + status());
        act(2, new TicketCommand.Rate(CLERK_LI, ticket.id(), ticket.version(), 5, "Working again before the afternoon clinic"));
        narrator.step(CLERK_LI, "rates the service " + ticket.satisfaction().orElseThrow().score() + "/5: \""
                + ticket.satisfaction().orElseThrow().comment() + "\"");
    }

    /** Moves the clock on, then runs {@code command} with the version last seen. */
    private void act(int minutesLater, TicketCommand command) {
        hospital.clock.advance(Duration.ofMinutes(minutesLater));
        ticket = hospital.desk.tickets().handle(command);
    }

    private String status() {
        return " -> " + ticket.status();
    }

    /** Why routing chose the owning group: recorded on the ticket's first event. */
    private String routing() {
        return ((TicketEvent.Raised) hospital.desk.queries().history(AGENT_CHEN, ticket.id()).get(0)).routing();
    }
}
