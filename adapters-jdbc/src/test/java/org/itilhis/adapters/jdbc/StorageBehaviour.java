package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Throwables;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.adapters.jdbc.common.SqlValues;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.PriorityOverride;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketSnapshot;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.ports.common.StorageException;
import org.itilhis.ports.servicedesk.in.QueuePosition;
import org.itilhis.ports.servicedesk.in.TicketSearch;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The JDBC ticket repository's own behaviours on one database: restore what was saved,
 * optimistic locking on update and insert, and searches in work-queue order served by SQL.
 * Each test works on tickets of its own (fresh numbers and groups), so the tests of a class
 * share one database.
 */
abstract class StorageBehaviour extends DatabaseIT {
    private static final AtomicLong SEQUENCE = new AtomicLong(100_000);
    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

    @Test
    void aSavedTicketIsFoundByIdAndNumberInTheSameState() {
        Ticket ticket = newIncident(group(), Priority.P3, T0, "Printer jam on ward 5");
        saveWithEvents(ticket);

        assertThat(storage.tickets().find(ticket.id()).orElseThrow().snapshot()).isEqualTo(ticket.snapshot());
        assertThat(storage.tickets().findByNumber(ticket.number()).orElseThrow().snapshot()).isEqualTo(ticket.snapshot());
        assertThat(storage.tickets().find(new TicketId(UUID.randomUUID()))).isEmpty();
        assertThat(storage.tickets().findByNumber(number())).isEmpty();
    }

    @Test
    void savingAChangedTicketStoresTheNewVersion() {
        Ticket ticket = newIncident(group(), Priority.P3, T0, "Label printer");
        saveWithEvents(ticket);
        Ticket loaded = storage.tickets().find(ticket.id()).orElseThrow();
        loaded.accept(Samples.ENGINEER, T0.plusSeconds(60));
        loaded.addWorkLog(15, "cleaned the rollers", Samples.ENGINEER, T0.plusSeconds(90));
        saveWithEvents(loaded);

        Ticket reloaded = storage.tickets().find(ticket.id()).orElseThrow();
        assertThat(reloaded.version()).isEqualTo(3);
        assertThat(reloaded.snapshot()).isEqualTo(loaded.snapshot());
        assertThat(storage.events().history(ticket.id().toString())).hasSize(3);
    }

    @Test
    void aStaleSaveIsAVersionConflictWithTheStoredVersion() {
        Ticket ticket = newIncident(group(), Priority.P3, T0, "Scanner");
        saveWithEvents(ticket);
        Ticket first = storage.tickets().find(ticket.id()).orElseThrow();
        Ticket second = storage.tickets().find(ticket.id()).orElseThrow();
        first.accept(Samples.ENGINEER, T0);
        first.start(Samples.ENGINEER, T0);
        saveWithEvents(first);
        second.addWorkLog(5, "late", Samples.ENGINEER, T0);

        assertThatThrownBy(() -> storage.tickets().save(second)).isInstanceOfSatisfying(VersionConflictException.class,
                conflict -> {
                    assertThat(conflict.expected()).isEqualTo(1);
                    assertThat(conflict.actual()).isEqualTo(3);
                    assertThat(conflict.code()).isEqualTo("ticket.version-conflict");
                });
        assertThat(storage.tickets().find(ticket.id()).orElseThrow().snapshot()).isEqualTo(first.snapshot());
    }

    @Test
    void aNewTicketWithATakenIdOrNumberIsAVersionConflict() {
        Ticket ticket = newIncident(group(), Priority.P3, T0, "Monitor flickers");
        saveWithEvents(ticket);
        Ticket sameId = Ticket.restore(ticket.snapshot());
        Ticket sameNumber = Samples.incident(ticket.number(), group(), Priority.P2, T0, "Another");
        Ticket sameIdAgain = Ticket.raise(ticket.id(), number(), ticket.details(), ticket.assessment(), ticket.group(),
                "again", Optional.empty(), Samples.NURSE, T0);

        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            storage.tickets().save(sameNumber);
            return null;
        })).isInstanceOfSatisfying(VersionConflictException.class, conflict -> assertThat(conflict.actual()).isEqualTo(1));
        assertThatThrownBy(() -> storage.tickets().save(sameIdAgain)).isInstanceOf(VersionConflictException.class);
        assertThat(sameId.pendingEvents()).isEmpty();
        assertThat(storage.tickets().findByNumber(ticket.number()).orElseThrow().id()).isEqualTo(ticket.id());
    }

    /**
     * Jdbi puts a statement's bound arguments in its exceptions' messages and the databases
     * quote values in theirs (a duplicate key names the key's value): a storage
     * error must carry neither into a log, only the operation, the SQL state and the error code.
     */
    @Test
    void aStorageErrorNamesTheOperationAndSqlStateButNeverABoundValue() {
        String marker = "patient Li Si MRN 0012345 " + UUID.randomUUID();

        StorageException missingTable = storageError(() -> storage.transactions().withHandle("logging a test row",
                handle -> handle.createUpdate("INSERT INTO no_such_table (description) VALUES (:description)")
                        .bind("description", marker).execute()));
        storage.transactions().withHandle("creating the probe table", handle -> handle.execute(
                "CREATE TABLE storage_error_probe (description VARCHAR(100) PRIMARY KEY)"));
        storage.transactions().withHandle("logging a probe row", handle -> handle.createUpdate(
                "INSERT INTO storage_error_probe (description) VALUES (:description)").bind("description", marker).execute());
        StorageException duplicate = storageError(() -> storage.transactions().withHandle("logging a probe row again",
                handle -> handle.createUpdate("INSERT INTO storage_error_probe (description) VALUES (:description)")
                        .bind("description", marker).execute()));

        for (StorageException failure : List.of(missingTable, duplicate)) {
            assertThat(failure.getMessage()).contains(" failed: ").containsPattern("SQL state \\w+, error code -?\\d+")
                    .doesNotContain(marker);
            assertThat(Throwables.getStackTraceAsString(failure)).doesNotContain(marker).doesNotContain("Li Si")
                    .contains(failure.getMessage());
        }
        assertThat(missingTable.getMessage()).startsWith("logging a test row failed: ");
        assertThat(duplicate.getMessage()).startsWith("logging a probe row again failed: ");
    }

    private static StorageException storageError(Runnable work) {
        try {
            work.run();
        } catch (StorageException expected) {
            return expected;
        }
        throw new AssertionError("no storage error");
    }

    @Test
    void aTicketNeverStoredCannotBeUpdated() {
        Ticket ghost = Ticket.restore(newIncident(group(), Priority.P3, T0, "Ghost").snapshot());
        ghost.accept(Samples.ENGINEER, T0);

        assertThatThrownBy(() -> storage.tickets().save(ghost)).isInstanceOfSatisfying(VersionConflictException.class,
                conflict -> assertThat(conflict.actual()).isZero());
    }

    @Test
    void theQueueComesInWorkQueueOrderAcrossItsGroupsOnlyWithOpenTickets() {
        GroupId desk = group();
        GroupId network = group();
        Ticket lowOld = save(newIncident(desk, Priority.P4, T0, "old low"));
        Ticket highNew = save(newIncident(network, Priority.P1, T0.plusSeconds(300), "new high"));
        Ticket highOld = save(newIncident(desk, Priority.P1, T0.plusSeconds(100), "old high"));
        Ticket sameTimeA = save(newIncident(desk, Priority.P2, T0, "same time a"));
        Ticket sameTimeB = save(newIncident(network, Priority.P2, T0, "same time b"));
        save(newIncident(group(), Priority.P1, T0, "another group"));
        Ticket cancelled = newIncident(desk, Priority.P1, T0, "cancelled");
        cancelled.cancel("logged twice", Samples.NURSE, T0);
        save(cancelled);

        List<Ticket> queue = storage.tickets().search(TicketSearch.queueOf(List.of(desk, network), 50));

        assertThat(queue).extracting(Ticket::id).containsExactly(highOld.id(), highNew.id(),
                first(sameTimeA, sameTimeB).id(), second(sameTimeA, sameTimeB).id(), lowOld.id());
        assertThat(storage.tickets().search(TicketSearch.queueOf(List.of(desk, network), 2))).hasSize(2);
    }

    @Test
    void searchFiltersByEveryCriterion() {
        GroupId group = group();
        StaffId caller = StaffId.of("caller-" + UUID.randomUUID());
        Ticket mine = newIncident(group, Priority.P3, T0, "VPN 50%_off drops");
        Ticket assigned = save(newIncident(group, Priority.P2, T0, "Kiosk"));
        assigned = storage.tickets().find(assigned.id()).orElseThrow();
        assigned.assign(group, Optional.of(Samples.ENGINEER), org.itilhis.core.ticket.SupportTier.FIRST_LINE,
                Samples.NURSE, T0);
        assigned.overridePriority(new PriorityOverride(Priority.P1, "theatre", Samples.ENGINEER, T0), Samples.ENGINEER, T0);
        save(assigned);
        Ticket byCaller = Ticket.raise(new TicketId(UUID.randomUUID()), number(), Samples.details("Badge reader",
                        "Nothing on the SCREEN", caller, Samples.WARD), Samples.assessment(Priority.P5, false), group, "r",
                Optional.empty(), caller, T0);
        save(mine);
        save(byCaller);
        TicketSearch inGroup = TicketSearch.all(50).withGroups(ImmutableSet.of(group));

        assertThat(storage.tickets().search(inGroup)).hasSize(3);
        assertThat(storage.tickets().search(inGroup.withCaller(caller))).extracting(Ticket::id).containsExactly(byCaller.id());
        assertThat(storage.tickets().search(inGroup.withText("screen"))).extracting(Ticket::id).containsExactly(byCaller.id());
        assertThat(storage.tickets().search(inGroup.withText("vpn 50%_OFF"))).extracting(Ticket::id).containsExactly(mine.id());
        assertThat(storage.tickets().search(inGroup.withText("50%x"))).isEmpty();
        assertThat(storage.tickets().search(inGroup.withStatuses(ImmutableSet.of(TicketStatus.ASSIGNED))))
                .extracting(Ticket::id).containsExactly(assigned.id());
        assertThat(storage.tickets().search(TicketSearch.all(10).withGroups(ImmutableSet.of(group))
                .withEngineer(Samples.ENGINEER).withPriority(Priority.P1).withDepartment(Samples.WARD)))
                .extracting(Ticket::id).containsExactly(assigned.id());
    }

    /**
     * Migration V3 keys the numbers of tickets stored before it, so that they sort by sequence
     * as a number, and paging after them works (raised at nanoseconds, stored as the database
     * converted them).
     */
    @Test
    void ticketsStoredBeforeTheNumberKeyAreOrderedAndPagedByNumberAfterTheMigration() {
        GroupId group = group();
        Ticket sevenDigits = Samples.incident(TicketNumber.parse("INC-2026-1000000"), group, Priority.P3, Samples.AT,
                "seven");
        Ticket sixDigits = Samples.incident(TicketNumber.parse("INC-2026-999999"), group, Priority.P3, Samples.AT, "six");
        try (IsolatedDatabase legacy = IsolatedDatabase.of(database())) {
            Dialect dialect = JdbcServiceDeskStorage.detect(legacy.dataSource());
            Flyway.configure(getClass().getClassLoader()).dataSource(legacy.dataSource())
                    .locations(dialect.migrationLocations().toArray(String[]::new)).placeholders(dialect.placeholders())
                    .target(dialect == Dialect.POSTGRESQL ? "2" : "1").load().migrate(); // the schema before V3
            insertAsBeforeTheNumberKey(legacy, dialect, sevenDigits);
            insertAsBeforeTheNumberKey(legacy, dialect, sixDigits);

            List<Ticket> found = legacy.storage().tickets().search(TicketSearch.all(10)); // migrates to the latest

            assertThat(found).extracting(Ticket::number).containsExactly(sixDigits.number(), sevenDigits.number());
            assertThat(legacy.storage().tickets().search(TicketSearch.all(10).after(QueuePosition.of(found.get(0)))))
                    .extracting(Ticket::number).containsExactly(sevenDigits.number());
        }
    }

    /**
     * Columns keep microseconds (PostgreSQL and H2 round the nanoseconds of an instant, MariaDB
     * truncates them), yet the position of a ticket raised at nanoseconds matches its own row:
     * paging neither repeats nor skips it.
     */
    @Test
    void aPositionRaisedAtNanosecondsMatchesTheMicrosecondsStored() {
        GroupId group = group();
        Ticket first = save(newIncident(group, Priority.P2, Samples.AT, "first"));
        Ticket tied = save(newIncident(group, Priority.P2, Samples.AT, "tied"));
        Ticket nanoLater = save(newIncident(group, Priority.P2, Samples.AT.plusNanos(1), "a nanosecond later"));
        Ticket later = save(newIncident(group, Priority.P2, Samples.AT.plusNanos(1_000), "a microsecond later"));
        TicketSearch inGroup = TicketSearch.all(1).withGroups(ImmutableSet.of(group));
        List<Ticket> read = new ArrayList<>(storage.tickets().search(inGroup));
        for (int page = 0; page < 5 && read.size() == page + 1; page++) {
            read.addAll(storage.tickets().search(inGroup.after(QueuePosition.of(read.get(page)))));
        }

        assertThat(read).extracting(Ticket::id).containsExactly(first.id(), tied.id(), nanoLater.id(), later.id());
    }

    /** The insert of the adapter before migration V3, without {@code number_key}. */
    private static void insertAsBeforeTheNumberKey(IsolatedDatabase legacy, Dialect dialect, Ticket ticket) {
        TicketSnapshot s = ticket.snapshot();
        String insert = "INSERT INTO ticket (id, number, type, status, priority, group_id, caller, department, "
                + "category, summary, description, raised_at, updated_at, version, snapshot) VALUES (:id, :number, "
                + ":type, :status, :priority, :group_id, :caller, :department, :category, :summary, :description, "
                + ":raised_at, :updated_at, :version, " + dialect.json("snapshot") + ")";
        Jdbi.create(legacy.dataSource()).useHandle(handle -> handle.createUpdate(insert)
                .bind("id", dialect.uuid(s.id().value()))
                .bind("number", s.number().toString())
                .bind("type", s.type().name())
                .bind("status", s.status().name())
                .bind("priority", ticket.priority().rank())
                .bind("group_id", s.group().value())
                .bind("caller", s.details().caller().value())
                .bind("department", s.details().department().value())
                .bind("category", s.details().category().value())
                .bind("summary", s.details().summary())
                .bind("description", s.details().description())
                .bind("raised_at", SqlValues.utc(s.raisedAt()))
                .bind("updated_at", SqlValues.utc(s.updatedAt()))
                .bind("version", s.version())
                .bind("snapshot", new JsonCodec().write(s))
                .execute());
    }

    private Ticket save(Ticket ticket) {
        saveWithEvents(ticket);
        return ticket;
    }

    private void saveWithEvents(Ticket ticket) {
        storage.transactions().inTransaction(() -> {
            storage.tickets().save(ticket);
            storage.events().append(ticket.pullEvents());
            return null;
        });
    }

    private static Ticket first(Ticket a, Ticket b) {
        return a.number().toString().compareTo(b.number().toString()) < 0 ? a : b;
    }

    private static Ticket second(Ticket a, Ticket b) {
        return first(a, b) == a ? b : a;
    }

    static Ticket newIncident(GroupId group, Priority priority, Instant at, String summary) {
        return Samples.incident(number(), group, priority, at.plus(Duration.ZERO), summary);
    }

    static TicketNumber number() {
        return Samples.number(SEQUENCE.incrementAndGet());
    }

    static GroupId group() {
        return GroupId.of("group-" + UUID.randomUUID());
    }
}
