package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.database.DatabaseServer;
import org.itilhis.testkit.memory.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * A database written by an earlier release (its {@link UpgradeDump}, committed before the
 * change) upgrades in place: loaded as that release left it, opened by today's code (which
 * migrates it), it reads back what that release read, its event chain holds, and the desk
 * goes on with it: an old ticket is worked, a new one gets the next number, the monitor and
 * the SLA report run.
 */
abstract class UpgradeBehaviour {
    /** The dumps, oldest first; add one whenever {@link WriteUpgradeDumps} writes a new one. */
    private static final List<String> VERSIONS = List.of("14");

    protected abstract DatabaseServer database();

    @Test
    void everyDumpOfAnEarlierReleaseUpgradesInPlaceAndReadsTheSame() {
        for (String version : VERSIONS) {
            UpgradeDump dump = UpgradeDump.read("/upgrade/" + database().name().toLowerCase(Locale.ROOT) + "-v"
                    + version + ".json");
            try (IsolatedDatabase db = IsolatedDatabase.of(database())) {
                dump.loadInto(db.dataSource(), JdbcServiceDeskStorage.detect(db.dataSource()));
                MutableClock clock = MutableClock.at(Instant.parse(UpgradeHospital.START)
                        .plus(Duration.ofDays(4)).toString());
                UpgradeHospital hospital = new UpgradeHospital(db.storage(), clock); // migrates to the latest

                List<TicketId> tickets = new ArrayList<>();
                dump.expected().get("tickets").forEach(t -> tickets.add(TicketId.parse(t.get("id").asText())));
                assertThat(flat(hospital.read(tickets))).as("read back from the dump of V%s", version)
                        .containsExactlyInAnyOrderEntriesOf(flat(dump.expected()));
                assertThat(db.storage().events().firstBrokenLink()).isEmpty();

                goesOn(hospital, tickets, dump.expected());
            }
        }
    }

    /** Every leaf of {@code json} by its JSON pointer, so that a difference names its place. */
    private static Map<String, String> flat(JsonNode json) {
        Map<String, String> leaves = new TreeMap<>();
        flatten("", json, leaves);
        return leaves;
    }

    private static void flatten(String pointer, JsonNode node, Map<String, String> leaves) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> flatten(pointer + "/" + field.getKey(), field.getValue(), leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(pointer + "/" + i, node.get(i), leaves);
            }
        } else {
            leaves.put(pointer, node.asText());
        }
    }

    private static void goesOn(UpgradeHospital hospital, List<TicketId> tickets, JsonNode expected) {
        TicketId held = tickets.get(2);
        long version = hospital.storage.tickets().find(held).orElseThrow().version();
        hospital.desk.tickets().handle(new TicketCommand.Resume(DemoHospital.NETWORK_MA, held, version));
        hospital.desk.tickets().handle(new TicketCommand.Resolve(DemoHospital.NETWORK_MA, held, version + 1,
                ResolutionCode.FIXED, "module replaced"));
        assertThat(hospital.storage.tickets().find(held).orElseThrow().status()).isEqualTo(TicketStatus.RESOLVED);

        ContactView call = hospital.desk.desk().logContact(new ContactCommand.Log(DemoHospital.AGENT_CHEN,
                ContactChannel.PHONE, DemoHospital.CLERK_LI.staffId(), DemoHospital.OUTPATIENT, null, "5102",
                "Registration printer offline"));
        TicketView raised = hospital.desk.desk().raiseTicket(new ContactCommand.RaiseTicket(DemoHospital.AGENT_CHEN,
                call.id(), TicketType.INCIDENT, "Registration printer offline", "printer", "ONE_DEPARTMENT",
                "DEGRADED", ServiceCriticality.GENERAL, false, null));
        long highest = 0;
        for (JsonNode ticket : expected.get("tickets")) {
            highest = Math.max(highest, TicketNumber.parse(ticket.get("number").asText()).sequence());
        }
        Ticket fresh = hospital.storage.tickets().find(raised.id()).orElseThrow();
        assertThat(fresh.number().sequence()).isGreaterThan(highest);

        hospital.levels.monitor().run();
        assertThat(hospital.levels.queries().atRisk(DemoHospital.DIRECTOR_GAO)).isNotNull();
        assertThat(hospital.storage.events().firstBrokenLink()).isEmpty();
    }
}
