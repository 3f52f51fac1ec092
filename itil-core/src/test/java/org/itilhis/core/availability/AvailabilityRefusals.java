package org.itilhis.core.availability;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.TicketNumber;

/**
 * One of each refusal availability can throw, for the message catalogue's test ({@code
 * shared.MessagesTest}), which reads every refusal of core in both languages.
 */
public final class AvailabilityRefusals {
    private static final DeclaredOutageId OUTAGE = new DeclaredOutageId(new UUID(20, 1));
    private static final CiId SERVER = new CiId(new UUID(20, 2));
    private static final Instant NOW = Instant.parse("2027-03-02T02:00:00Z");

    private AvailabilityRefusals() {
    }

    public static Stream<DomainException> everyRefusal() {
        return Stream.of(
                new OutageEndsBeforeStartException(NOW, NOW.minusSeconds(60)),
                new OutageTimeInFutureException("start", NOW.plusSeconds(3600), NOW),
                new OutageWithdrawnException(OUTAGE),
                new OutageAlreadyEndedException(OUTAGE, NOW),
                new NotAnOutageStateException(OperationalState.OPERATIONAL),
                new OutageOnServiceRequestException(TicketNumber.parse("REQ-2027-000012")),
                new UnknownOutageItemException("ci", SERVER),
                new NotABusinessServiceException(SERVER),
                new UnknownCatalogueServiceException("HIS emergency"),
                new ReportPeriodException(NOW, NOW.minusSeconds(1), 366),
                new VersionConflictException("declared-outage", OUTAGE.toString(), 1, 2),
                new VersionConflictException("availability-target", SERVER.toString(), 1, 2));
    }
}
