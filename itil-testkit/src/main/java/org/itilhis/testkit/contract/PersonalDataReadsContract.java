package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.contract.ContractSupport.rolledBack;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.PersonalDataRead;
import org.itilhis.ports.common.PersonalDataRead.RecordKind;
import org.itilhis.ports.common.PersonalDataReads;
import org.itilhis.ports.common.PersonalDataReads.Recorded;
import org.itilhis.ports.common.ReadAuditQuery;
import org.itilhis.ports.common.Transactions;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PersonalDataReads} must do: keep each read as recorded (who, which record,
 * when to the microsecond, from where, through which read), find them by record, by reader and
 * within a time range, newest first, in pages that neither repeat nor skip a read (reads of one
 * instant too), and take part in the caller's transaction.
 *
 * <p>Implement it in a test class as shown for {@code TicketRepositoryContract}; each test
 * expects an empty log.
 */
public interface PersonalDataReadsContract {
    Instant NINE = Instant.parse("2026-03-02T09:00:00.123456Z");
    StaffId LIU = StaffId.of("E0101");
    StaffId CHEN = StaffId.of("S0001");

    /** The adapter under test, the same one throughout a test method. */
    PersonalDataReads reads();

    /** The transactions the adapter takes part in. */
    Transactions transactions();

    @Test
    default void aReadIsKeptAsRecordedAndFoundByItsRecordNewestFirst() {
        String ticket = UUID.randomUUID().toString();
        PersonalDataRead first = read(NINE, LIU, RecordKind.TICKET, ticket, Optional.of("10.12.0.7"), "ticket");
        PersonalDataRead later = read(NINE.plusSeconds(60), CHEN, RecordKind.TICKET, ticket, Optional.empty(),
                "ticket-history");
        record(List.of(first));
        record(List.of(later, read(NINE, LIU, RecordKind.CONTACT, UUID.randomUUID().toString(),
                Optional.of("10.12.0.7"), "contact")));

        assertThat(reads(ReadAuditQuery.all(10).ofRecord(ticket))).containsExactly(later, first);
    }

    @Test
    default void readsAreFoundByReaderAndWithinATimeRangeFromInclusiveToExclusive() {
        String ticket = UUID.randomUUID().toString();
        record(List.of(read(NINE, LIU, RecordKind.TICKET, ticket, Optional.empty(), "queue"),
                read(NINE, CHEN, RecordKind.TICKET, ticket, Optional.empty(), "queue")));
        record(List.of(read(NINE.plusSeconds(3600), LIU, RecordKind.TICKET, ticket, Optional.empty(), "search")));
        record(List.of(read(NINE.plusSeconds(7200), LIU, RecordKind.TICKET, ticket, Optional.empty(), "ticket")));

        assertThat(reads(ReadAuditQuery.all(10).ofReader(LIU))).extracting(PersonalDataRead::purpose)
                .containsExactly("ticket", "search", "queue");
        assertThat(reads(ReadAuditQuery.all(10).ofReader(LIU)
                .within(Optional.of(NINE), Optional.of(NINE.plusSeconds(7200)))))
                .extracting(PersonalDataRead::purpose).containsExactly("search", "queue");
        assertThat(reads(ReadAuditQuery.all(10).ofRecord(ticket).ofReader(CHEN))).hasSize(1);
        assertThat(reads(ReadAuditQuery.all(10).within(Optional.of(NINE.plusSeconds(1)), Optional.empty())))
                .extracting(PersonalDataRead::purpose).containsExactly("ticket", "search");
        assertThat(reads(ReadAuditQuery.all(10).ofReader(StaffId.of("N0042")))).isEmpty();
    }

    @Test
    default void pagesFollowOneAnotherNewestFirstWithoutRepeatsOrGapsAlsoAmongReadsOfOneInstant() {
        List<PersonalDataRead> page = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            page.add(read(NINE, LIU, RecordKind.TICKET, UUID.randomUUID().toString(), Optional.empty(), "queue"));
        }
        record(List.of(read(NINE.minusSeconds(1), LIU, RecordKind.TICKET, "older", Optional.empty(), "ticket")));
        record(page);
        record(List.of(read(NINE.plusSeconds(1), LIU, RecordKind.TICKET, "newer", Optional.empty(), "ticket")));

        List<String> seen = new ArrayList<>();
        ReadAuditQuery query = ReadAuditQuery.all(2).ofReader(LIU);
        List<Recorded> found;
        do {
            found = reads().find(query);
            found.forEach(recorded -> seen.add(recorded.read().recordId()));
            if (!found.isEmpty()) {
                query = query.after(found.get(found.size() - 1).position());
            }
        } while (found.size() == 2);

        assertThat(seen).hasSize(7).doesNotHaveDuplicates().startsWith("newer").endsWith("older");
    }

    @Test
    default void aBatchRollsBackWithItsTransaction() {
        String ticket = UUID.randomUUID().toString();

        rolledBack(transactions(), () -> reads().record(List.of(
                read(NINE, LIU, RecordKind.TICKET, ticket, Optional.empty(), "ticket"))));

        assertThat(reads(ReadAuditQuery.all(10).ofRecord(ticket))).isEmpty();
    }

    @Test
    default void theLongestOriginAndAnIpv6AddressAreKept() {
        String longest = "fe80::1ff:fe23:4567:890a%" + "e".repeat(75);
        record(List.of(read(NINE, LIU, RecordKind.CONTACT, "c-1", Optional.of(longest), "contact"),
                read(NINE, CHEN, RecordKind.CONTACT, "c-1", Optional.of("2001:db8::7"), "contact")));

        assertThat(reads(ReadAuditQuery.all(10).ofRecord("c-1"))).extracting(PersonalDataRead::origin)
                .containsExactlyInAnyOrder(Optional.of(longest), Optional.of("2001:db8::7"));
    }

    private void record(List<PersonalDataRead> batch) {
        transactions().inTransaction(() -> {
            reads().record(batch);
            return null;
        });
    }

    private List<PersonalDataRead> reads(ReadAuditQuery query) {
        return reads().find(query).stream().map(Recorded::read).toList();
    }

    private static PersonalDataRead read(Instant at, StaffId reader, RecordKind kind, String record,
                                         Optional<String> origin, String purpose) {
        return new PersonalDataRead(at, reader, kind, record, origin, purpose);
    }
}
