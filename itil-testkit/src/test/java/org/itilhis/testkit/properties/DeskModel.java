package org.itilhis.testkit.properties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.itilhis.core.contact.ContactSnapshot;
import org.itilhis.core.ticket.TicketSnapshot;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.testkit.DemoHospital;

/**
 * The state of one try of {@link ServiceDeskLifecycleProperties}: a fresh demo hospital on
 * in-memory adapters, checked on every command, and the outcome of each command for the
 * statistics.
 */
final class DeskModel {
    private final CheckedServiceDesk checked =
            CheckedServiceDesk.of(DemoHospital.inMemory(), DemoHospital.settings().priority());
    private final List<String> outcomes = new ArrayList<>();

    static DeskModel fresh() {
        return new DeskModel();
    }

    void run(ContactCommand command) {
        outcomes.add(simpleName(command) + " " + checked.execute(command).label());
    }

    void run(TicketCommand command) {
        outcomes.add(simpleName(command) + " " + checked.execute(command).label());
    }

    void advanceClock(Duration by) {
        checked.desk().clock.advance(by);
    }

    ServiceDeskInvariants invariants() {
        return checked.invariants();
    }

    List<ContactSnapshot> contacts() {
        return List.copyOf(checked.desk().contacts.snapshots().values());
    }

    List<TicketSnapshot> tickets() {
        return List.copyOf(checked.desk().tickets.snapshots().values());
    }

    int eventCount() {
        return checked.desk().events.all().size();
    }

    /** One label per command run: its kind and {@code ok} or the refusal code. */
    List<String> outcomes() {
        return List.copyOf(outcomes);
    }

    private static String simpleName(Object command) {
        return command == null ? "null" : command.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return contacts().size() + " contacts, tickets: " + tickets().stream()
                .map(t -> t.number() + " " + t.status() + " v" + t.version())
                .sorted().collect(Collectors.joining(", "));
    }
}
