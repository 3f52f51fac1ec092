package org.itilhis.core.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.workflow.IllegalTransitionException;
import org.itilhis.core.workflow.MissingRequiredFieldException;

/**
 * One of each refusal the duty roster can throw, for the message catalogue's test
 * ({@code shared.MessagesTest}), which reads every refusal of core in both languages.
 */
public final class RosterRefusals {
    private static final StaffId WANG = StaffId.of("E2001");
    private static final GroupId NETWORK = GroupId.of("network");
    private static final LocalDate DAY = LocalDate.parse("2027-02-10");
    private static final RosterPeriod FEBRUARY = RosterPeriod.of(LocalDate.parse("2027-02-01"),
            LocalDate.parse("2027-02-28"));
    private static final HandoverId HANDOVER = new HandoverId(new UUID(7, 1));

    private RosterRefusals() {
    }

    public static Stream<DomainException> everyRefusal() {
        DutyRef night = new DutyRef(WANG, "NIGHT", DAY);
        return Stream.of(
                InvalidShiftException.endsBeforeStart("DAY", LocalTime.of(17, 30), LocalTime.of(8, 0)),
                InvalidShiftException.longerThanADay("NIGHT", LocalTime.of(17, 30), LocalTime.of(18, 0)),
                InvalidShiftException.onCallWithoutResponseTime("WEEKEND-ON-CALL"),
                InvalidShiftException.responseTimeNotOnCall("NIGHT", ShiftKind.NIGHT),
                InvalidShiftException.duplicateCode("DAY"),
                new UnknownShiftException(NETWORK, "EVENING", List.of("DAY", "NIGHT")),
                new OverlappingDutiesException(night, new DutyRef(WANG, "WEEKEND-ON-CALL", DAY.plusDays(1))),
                new DutyNotRosteredException(FEBRUARY, night),
                new DutyOutsidePeriodException(FEBRUARY, new DutyRef(WANG, "NIGHT", LocalDate.parse("2027-03-01"))),
                new NotInGroupException("counterpart", StaffId.of("E9001"), NETWORK),
                new RosterNotFairException(FEBRUARY, 2, night),
                new NotAHandoverPartyException(HANDOVER, HandoverParty.INCOMING, StaffId.of("E2002"), WANG),
                new HandoverAlreadySignedException(HANDOVER, HandoverParty.OUTGOING,
                        Instant.parse("2027-02-10T00:35:00Z")),
                new IllegalTransitionException("swap", SwapStatus.APPROVED, SwapAction.WITHDRAW, List.of()),
                new MissingRequiredFieldException("swap", SwapAction.REJECT, SwapWorkflows.REASON));
    }
}
