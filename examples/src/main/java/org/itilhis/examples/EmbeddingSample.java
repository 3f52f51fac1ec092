package org.itilhis.examples;

import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.DOCTOR_ZHAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.RADIOLOGY;

import jakarta.validation.Validation;
import java.time.Clock;
import java.util.List;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryContactRepository;
import org.itilhis.testkit.memory.InMemoryEventLog;
import org.itilhis.testkit.memory.InMemoryPersonalDataReads;
import org.itilhis.testkit.memory.InMemoryTicketNumberSequence;
import org.itilhis.testkit.memory.InMemoryTicketRepository;
import org.itilhis.testkit.memory.InMemoryTransactions;
import org.itilhis.testkit.memory.RecordingNotifier;

/**
 * The embedding example of the README, kept compiling and running here: the README shows
 * the lines between the {@code tag::embed[]} markers verbatim, which
 * {@code EmbeddingSampleTest} checks.
 */
public final class EmbeddingSample {
    private EmbeddingSample() {
    }

    /**
     * Wires the service desk by hand, logs a call from the HIS button, raises it as an
     * incident and assigns it to engineer Liu.
     *
     * @return engineer Liu's work queue afterwards
     */
    public static List<TicketView> run() {
        // tag::embed[]
        InMemoryTransactions tx = new InMemoryTransactions(); // your database adapters go here
        ServiceDeskPorts ports = new ServiceDeskPorts(new InMemoryTicketRepository(tx),
                new InMemoryContactRepository(tx), new InMemoryTicketNumberSequence(), new InMemoryEventLog(tx),
                new RecordingNotifier(), DemoHospital.directory(), tx, Clock.system(ServiceDeskSettings.CHINA),
                new InMemoryPersonalDataReads(tx));
        ServiceDesk desk = ServiceDesk.create(ports, ServiceDeskSettings.hospitalDefault(DemoHospital.routing()),
                Validation.buildDefaultValidatorFactory().getValidator());

        ContactView call = desk.desk().logContact(new ContactCommand.Log(AGENT_CHEN, ContactChannel.HIS_BUTTON,
                DOCTOR_ZHAO.staffId(), RADIOLOGY, null, "3301", "PACS viewer freezes when opening a CT series"));
        TicketView incident = desk.desk().raiseTicket(new ContactCommand.RaiseTicket(AGENT_CHEN, call.id(),
                TicketType.INCIDENT, "PACS viewer freezes on CT series", "desktop.pacs-viewer", "ONE_DEPARTMENT",
                "SEVERELY_DEGRADED", ServiceCriticality.CLINICAL_CRITICAL, false, null));
        desk.tickets().handle(new TicketCommand.Assign(AGENT_CHEN, incident.id(), incident.version(),
                incident.group(), ENGINEER_LIU.staffId()));
        List<TicketView> queue = desk.queries().queue(ENGINEER_LIU, 20); // the new P2 incident, assigned to Liu
        // end::embed[]
        return queue;
    }
}
