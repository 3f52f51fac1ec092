package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.UUID;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.monitoring.out.AlertIncidentLink;
import org.itilhis.ports.monitoring.out.AlertIncidents;
import org.itilhis.ports.monitoring.out.CorrelationGroup;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AlertIncidents} must do: link an alert once, find the latest link of an
 * alert's deliveries and an incident's alerts, keep the incident standing for an item and
 * problem, and keep the groups with their services; and forget what a rolled-back transaction
 * wrote. Each test expects an empty store.
 */
public interface AlertIncidentsContract {
    AlertIncidents incidents();

    Transactions transactions();

    Instant T0 = Instant.parse("2027-03-01T02:00:00Z");
    CiId SWITCH = new CiId(UUID.fromString("00000000-0000-4000-8000-000000000001"));
    CiId SERVER = new CiId(UUID.fromString("00000000-0000-4000-8000-000000000002"));
    CiId OUTPATIENT = new CiId(UUID.fromString("00000000-0000-4000-8000-000000000010"));
    CiId IMAGING = new CiId(UUID.fromString("00000000-0000-4000-8000-000000000011"));
    TicketId FIRST = new TicketId(UUID.fromString("10000000-0000-4000-8000-000000000001"));
    TicketId SECOND = new TicketId(UUID.fromString("10000000-0000-4000-8000-000000000002"));

    private <T> T write(java.util.function.Supplier<T> work) {
        return transactions().inTransaction(work);
    }

    @Test
    default void anAlertIsLinkedOnceAndItsLatestDeliveryAndItsIncidentsAlertsAreFound() {
        AlertIncidentLink firing = new AlertIncidentLink(4, "prometheus-core", "a1", SERVER, FIRST);
        AlertIncidentLink resolved = new AlertIncidentLink(9, "prometheus-core", "a1", SERVER, FIRST);

        assertThat(write(() -> incidents().link(firing))).isTrue();
        assertThat(write(() -> incidents().link(new AlertIncidentLink(4, "prometheus-core", "a1", SERVER, SECOND))))
                .isFalse();
        write(() -> incidents().link(resolved));
        write(() -> incidents().link(new AlertIncidentLink(6, "zabbix", "a1", SWITCH, SECOND)));

        assertThat(incidents().linkOf(4)).contains(firing);
        assertThat(incidents().linkOf(5)).isEmpty();
        assertThat(incidents().latestLinkOf("prometheus-core", "a1")).contains(resolved);
        assertThat(incidents().latestLinkOf("prometheus-core", "a2")).isEmpty();
        assertThat(incidents().linksOf(FIRST)).containsExactly(firing, resolved);
    }

    @Test
    default void anIncidentStandsForAnItemsProblemUntilAnotherDoes() {
        assertThat(incidents().incidentFor(SERVER, "HostDown")).isEmpty();

        write(() -> {
            incidents().standFor(SERVER, "HostDown", FIRST);
            return null;
        });
        write(() -> {
            incidents().standFor(SERVER, "磁盘将满", SECOND);
            return null;
        });
        assertThat(incidents().incidentFor(SERVER, "HostDown")).contains(FIRST);
        write(() -> {
            incidents().standFor(SERVER, "HostDown", SECOND);
            return null;
        });

        assertThat(incidents().incidentFor(SERVER, "HostDown")).contains(SECOND);
        assertThat(incidents().incidentFor(SERVER, "磁盘将满")).contains(SECOND);
        assertThat(incidents().incidentFor(SWITCH, "HostDown")).isEmpty();
    }

    @Test
    default void aGroupIsKeptWithItsServicesAndListedFromWhenItOpened() {
        CorrelationGroup first = new CorrelationGroup(FIRST, SERVER, ImmutableSet.of(OUTPATIENT), T0);
        CorrelationGroup second = new CorrelationGroup(SECOND, SWITCH, ImmutableSet.of(), T0.plusSeconds(600));
        write(() -> {
            incidents().save(first);
            incidents().save(second);
            return null;
        });
        CorrelationGroup widened = first.causedBy(SWITCH, ImmutableSet.of(IMAGING));
        write(() -> {
            incidents().save(widened);
            return null;
        });

        assertThat(incidents().group(FIRST)).contains(widened);
        assertThat(incidents().group(FIRST).orElseThrow().services()).containsExactlyInAnyOrder(OUTPATIENT, IMAGING);
        assertThat(incidents().groupsOpenedSince(T0)).containsExactly(widened, second);
        assertThat(incidents().groupsOpenedSince(T0.plusSeconds(1))).containsExactly(second);
    }

    @Test
    default void linksARolledBackTransactionWroteAreForgotten() {
        ContractSupport.rolledBack(transactions(), () -> {
            incidents().link(new AlertIncidentLink(4, "prometheus-core", "a1", SERVER, FIRST));
            incidents().standFor(SERVER, "HostDown", FIRST);
            incidents().save(new CorrelationGroup(FIRST, SERVER, ImmutableSet.of(OUTPATIENT), T0));
        });

        assertThat(incidents().linkOf(4)).isEmpty();
        assertThat(incidents().latestLinkOf("prometheus-core", "a1")).isEmpty();
        assertThat(incidents().incidentFor(SERVER, "HostDown")).isEmpty();
        assertThat(incidents().group(FIRST)).isEmpty();
    }
}
