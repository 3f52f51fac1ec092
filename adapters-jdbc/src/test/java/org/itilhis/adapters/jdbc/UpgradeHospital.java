package org.itilhis.adapters.jdbc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.itilhis.core.cmdb.AssetTag;
import org.itilhis.core.cmdb.ConfigurationItem;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.ticket.HoldReason;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.configuration.service.Cmdb;
import org.itilhis.ports.configuration.service.CmdbPorts;
import org.itilhis.ports.configuration.service.CmdbSettings;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.ports.servicelevel.service.ServiceLevelPorts;
import org.itilhis.ports.servicelevel.service.ServiceLevels;
import org.itilhis.testkit.DemoCmdb;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.itilhis.testkit.memory.MutableClock;
import org.itilhis.testkit.memory.RecordingNotifier;

/**
 * The hospital whose database the upgrade tests carry from one release to the next: the
 * service desk, service levels and CMDB wired on one JDBC storage, a story that fills every
 * table (tickets in every state with their histories, SLA configuration and calendars,
 * watches and escalations, the demo CMDB with an incident raised against it), and what the
 * code reads back from it, as JSON, so that the reading of a later release can be compared.
 */
final class UpgradeHospital {
    /** When the story starts: Monday 2 March 2026, 08:30 in Shanghai. */
    static final String START = "2026-03-02T00:30:00Z";

    final JdbcServiceDeskStorage storage;
    final ServiceDesk desk;
    final ServiceLevels levels;
    final Cmdb cmdb;

    UpgradeHospital(JdbcServiceDeskStorage storage, MutableClock clock) {
        this.storage = storage;
        ServiceDeskPorts ports = new ServiceDeskPorts(storage.tickets(), storage.contacts(), storage.numbers(),
                storage.events(), new RecordingNotifier(), DemoHospital.directory(), storage.transactions(), clock, storage.personalDataReads());
        desk = ServiceDesk.create(ports, DemoHospital.settings(), InMemoryServiceDesk.validator());
        levels = ServiceLevels.create(new ServiceLevelPorts(ports, storage.slaConfiguration(), storage.watches(),
                storage.standings(), storage.escalations()), DemoHospital.settings(), desk);
        cmdb = Cmdb.create(new CmdbPorts(ports, storage.configurationItems(), storage.affectedCiLinks(),
                storage.cmdb().faultIncidentLinks()),
                CmdbSettings.hospitalDefault(), DemoHospital.settings(), InMemoryServiceDesk.validator(), desk);
    }

    /** Fills the database: the returned tickets in raising order. */
    List<TicketId> tellTheStory(MutableClock clock) {
        DemoHospital.configureServiceLevels(levels.administration());
        DemoCmdb.Estate estate = DemoCmdb.loadInto(cmdb, DemoHospital.CONFIG_MANAGER_QIAN);
        List<TicketId> raised = new ArrayList<>();
        String[][] calls = {
            {"his", "ONE_DEPARTMENT", "PATIENT_CARE_STOPPED", "Registration cannot save patients"},
            {"printer", "ONE_PERSON", "DEGRADED", "Wristband printer jams"},
            {"network", "SEVERAL_DEPARTMENTS", "SEVERELY_DEGRADED", "Ward 5 east has no network"},
            {"printer", "ONE_DEPARTMENT", "NO_CLINICAL_EFFECT", "Label printer prints blank labels"},
            {"his", "ONE_PERSON", "DEGRADED", "HIS client certificate expired"},
            {"printer", "ONE_PERSON", "NO_CLINICAL_EFFECT", "Toner low"}};
        for (String[] call : calls) {
            ContactView contact = desk.desk().logContact(new ContactCommand.Log(DemoHospital.AGENT_CHEN,
                    ContactChannel.PHONE, DemoHospital.NURSE_WANG.staffId(), DemoHospital.WARD_5_EAST,
                    DemoHospital.WARD_5_EAST_STATION, "5501", call[3]));
            raised.add(desk.desk().raiseTicket(new ContactCommand.RaiseTicket(DemoHospital.AGENT_CHEN, contact.id(),
                    TicketType.INCIDENT, call[3], call[0], call[1], call[2], ServiceCriticality.GENERAL, false, null))
                    .id());
            clock.advance(Duration.ofMinutes(7));
        }
        ContactView pacs = desk.desk().logContact(new ContactCommand.Log(DemoHospital.AGENT_CHEN, ContactChannel.PHONE,
                DemoHospital.DOCTOR_ZHAO.staffId(), DemoHospital.RADIOLOGY, null, "6201", "PACS images do not load"));
        TicketView againstPacs = cmdb.items().raiseAgainst(new ContactCommand.RaiseTicket(DemoHospital.AGENT_CHEN,
                pacs.id(), TicketType.INCIDENT, "PACS images do not load", "his", "ONE_DEPARTMENT",
                "SEVERELY_DEGRADED", ServiceCriticality.CLINICAL_CRITICAL, false, null),
                Set.of(estate.id(DemoCmdb.PACS)));
        raised.add(againstPacs.id());

        step(raised.get(1), (id, v) -> new TicketCommand.Accept(DemoHospital.LEAD_SUN, id, v));
        step(raised.get(1), (id, v) -> new TicketCommand.Start(DemoHospital.LEAD_SUN, id, v));
        step(raised.get(1), (id, v) -> new TicketCommand.Resolve(DemoHospital.LEAD_SUN, id, v, ResolutionCode.FIXED,
                "cleared the jam"));
        step(raised.get(2), (id, v) -> new TicketCommand.Accept(DemoHospital.NETWORK_MA, id, v));
        step(raised.get(2), (id, v) -> new TicketCommand.Start(DemoHospital.NETWORK_MA, id, v));
        step(raised.get(2), (id, v) -> new TicketCommand.Hold(DemoHospital.NETWORK_MA, id, v, HoldReason.AWAITING_VENDOR,
                "switch module ordered"));
        step(raised.get(3), (id, v) -> new TicketCommand.Accept(DemoHospital.LEAD_SUN, id, v));
        step(raised.get(3), (id, v) -> new TicketCommand.Start(DemoHospital.LEAD_SUN, id, v));
        step(raised.get(3), (id, v) -> new TicketCommand.Resolve(DemoHospital.LEAD_SUN, id, v, ResolutionCode.FIXED,
                "new ribbon"));
        step(raised.get(5), (id, v) -> new TicketCommand.Cancel(DemoHospital.LEAD_SUN, id, v, "raised twice"));
        clock.advance(Duration.ofHours(30)); // the P1 and P2 breach, the keep-in-loop clocks too
        levels.monitor().run();
        clock.advance(Duration.ofDays(2)); // past the quiet period of the label printer's resolution
        step(raised.get(3), (id, v) -> new TicketCommand.Close(Actor.system(), id, v));
        levels.monitor().run();
        return raised;
    }

    private void step(TicketId id, java.util.function.BiFunction<TicketId, Long, TicketCommand> command) {
        long version = storage.tickets().find(id).orElseThrow().version();
        desk.tickets().handle(command.apply(id, version));
    }

    /** What this release's code reads from the database: the facts a later release must read the same. */
    ObjectNode read(List<TicketId> tickets) {
        ObjectNode read = JsonNodeFactory.instance.objectNode();
        ArrayNode ticketFacts = read.putArray("tickets");
        for (TicketId id : tickets) {
            Ticket ticket = storage.tickets().find(id).orElseThrow();
            ticketFacts.addObject().put("id", id.toString()).put("number", ticket.number().toString())
                    .put("status", ticket.status().name()).put("priority", ticket.priority().name())
                    .put("group", ticket.group().value()).put("version", ticket.version())
                    .put("events", storage.events().history(id.toString()).size())
                    .put("watched", storage.watches().find(id).isPresent());
        }
        ArrayNode items = read.putArray("configurationItems");
        for (String tag : DemoCmdb.assetTags()) {
            ConfigurationItem item = storage.configurationItems().findByAssetTag(AssetTag.of(tag)).orElseThrow();
            items.addObject().put("assetTag", tag).put("id", item.id().toString()).put("status", item.status().name())
                    .put("version", item.version());
        }
        read.put("cmdbRevision", storage.configurationItems().revision());
        read.put("slaConfigurationVersion", storage.slaConfiguration().configuration().orElseThrow().version());
        read.put("calendars", String.join(",", storage.slaConfiguration().calendarNames()));
        return read;
    }
}
