package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.contract.ContractSupport.committed;
import static org.itilhis.testkit.contract.ContractSupport.rolledBack;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.configuration.out.FaultIncidentLinks;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FaultIncidentLinks} must do: keep one incident per fault (source and
 * fault), link a fault only where it has no link, replace a link only from the incident the
 * writer read, and take part in transactions. Incidents are named by id only; an adapter need
 * not check that they exist.
 *
 * <p>Implement it in a test class as shown for {@link TicketRepositoryContract}; each test
 * expects no links stored.
 */
public interface FaultIncidentLinksContract {

    /** The adapter under test, the same one throughout a test method. */
    FaultIncidentLinks links();

    /** The transactions the adapter takes part in. */
    Transactions transactions();

    @Test
    default void aFaultWithoutALinkHasNoIncident() {
        assertThat(links().incidentOf("inspection", "MR-DAILY/temperature/42")).isEmpty();
    }

    @Test
    default void aFaultIsLinkedOnceAndASecondLinkIsRefusedKeepingTheFirst() {
        TicketId first = newIncident();
        TicketId second = newIncident();
        List<Boolean> linked = new ArrayList<>();

        committed(transactions(), () -> linked.add(links().link("backup", "PACS-NIGHTLY", first)));
        committed(transactions(), () -> linked.add(links().link("backup", "PACS-NIGHTLY", second)));

        assertThat(linked).containsExactly(true, false);
        assertThat(links().incidentOf("backup", "PACS-NIGHTLY")).contains(first);
    }

    @Test
    default void theSameFaultFromAnotherSourceAndAnotherFaultOfTheSameSourceAreLinkedApart() {
        TicketId inspection = newIncident();
        TicketId backup = newIncident();
        TicketId other = newIncident();
        committed(transactions(), () -> {
            assertThat(links().link("inspection", "HIS-DB", inspection)).isTrue();
            assertThat(links().link("backup", "HIS-DB", backup)).isTrue();
            assertThat(links().link("backup", "LIS-DB", other)).isTrue();
        });

        assertThat(links().incidentOf("inspection", "HIS-DB")).contains(inspection);
        assertThat(links().incidentOf("backup", "HIS-DB")).contains(backup);
        assertThat(links().incidentOf("backup", "LIS-DB")).contains(other);
        assertThat(links().incidentOf("backup", "his-db")).isEmpty();
    }

    @Test
    default void aLinkIsReplacedFromTheIncidentTheWriterReadOnly() {
        TicketId resolved = newIncident();
        TicketId raisedAgain = newIncident();
        TicketId raisedBySomeoneElse = newIncident();
        committed(transactions(), () -> links().link("monitoring", "core-switch/down", resolved));
        List<Boolean> replaced = new ArrayList<>();

        committed(transactions(), () -> replaced.add(links().relink("monitoring", "core-switch/down", resolved,
                raisedAgain)));
        committed(transactions(), () -> replaced.add(links().relink("monitoring", "core-switch/down", resolved,
                raisedBySomeoneElse)));

        assertThat(replaced).containsExactly(true, false);
        assertThat(links().incidentOf("monitoring", "core-switch/down")).contains(raisedAgain);
    }

    @Test
    default void aFaultWithoutALinkIsNotRelinked() {
        List<Boolean> replaced = new ArrayList<>();

        committed(transactions(), () -> replaced.add(links().relink("backup", "EMR-WEEKLY", newIncident(),
                newIncident())));

        assertThat(replaced).containsExactly(false);
        assertThat(links().incidentOf("backup", "EMR-WEEKLY")).isEmpty();
    }

    @Test
    default void linksWrittenInATransactionThatThrowsAreRolledBack() {
        TicketId kept = newIncident();
        committed(transactions(), () -> links().link("backup", "HIS-NIGHTLY", kept));
        AtomicReference<TicketId> seenInside = new AtomicReference<>();

        rolledBack(transactions(), () -> {
            links().relink("backup", "HIS-NIGHTLY", kept, newIncident());
            links().link("inspection", "MR-DAILY/humidity/42", newIncident());
            seenInside.set(links().incidentOf("backup", "HIS-NIGHTLY").orElseThrow());
        });

        assertThat(seenInside.get()).as("seen by its own transaction").isNotEqualTo(kept);
        assertThat(links().incidentOf("backup", "HIS-NIGHTLY")).contains(kept);
        assertThat(links().incidentOf("inspection", "MR-DAILY/humidity/42")).isEmpty();
    }

    @Test
    default void aLongFaultIsKeptWhole() {
        String fault = "MR-DAILY/" + "x".repeat(180) + "/42";
        TicketId incident = newIncident();

        committed(transactions(), () -> links().link("inspection", fault, incident));

        assertThat(links().incidentOf("inspection", fault)).contains(incident);
        assertThat(links().incidentOf("inspection", fault.substring(0, fault.length() - 1))).isEmpty();
    }

    private static TicketId newIncident() {
        return new TicketId(UUID.randomUUID());
    }
}
