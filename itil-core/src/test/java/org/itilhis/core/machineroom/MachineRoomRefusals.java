package org.itilhis.core.machineroom;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.DomainException;

/**
 * One of each refusal the machine room log can throw, for the message catalogue's test
 * ({@code shared.MessagesTest}), which reads every refusal of core in both languages.
 */
public final class MachineRoomRefusals {
    private static final MachineRoomEntryId ENTRY = new MachineRoomEntryId(new UUID(18, 2));
    private static final Instant NOW = Instant.parse("2027-03-02T02:00:00Z");

    private MachineRoomRefusals() {
    }

    public static Stream<DomainException> everyRefusal() {
        return Stream.of(
                new TimeInFutureException("enteredAt", NOW.plusSeconds(3600), NOW),
                new ExitBeforeEntryException(ENTRY, NOW.minusSeconds(60), NOW),
                new ExitAlreadyRecordedException(ENTRY, NOW),
                new NotAVisitException(ENTRY),
                new ReadingUnitMismatchException("temperature", "°F", ReadingRange.of("18", "27", "°C")),
                new EventEndsBeforeStartException(NOW, NOW.minusSeconds(600)),
                new UnknownRoomException(new CiId(new UUID(18, 3))));
    }
}
