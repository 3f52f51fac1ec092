package org.itilhis.core.repair;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.workflow.IllegalTransitionException;
import org.itilhis.core.workflow.MissingRequiredFieldException;

/**
 * One of each refusal a repair can throw, for the message catalogue's test
 * ({@code shared.MessagesTest}), which reads every refusal of core in both languages.
 */
public final class RepairRefusals {
    private static final RepairId REPAIR = new RepairId(new UUID(0x4E9AL, 1));
    private static final Instant NOW = Instant.parse("2027-03-02T08:00:00Z");

    private RepairRefusals() {
    }

    public static Stream<DomainException> everyRefusal() {
        return Stream.of(
                new UnknownCurrencyException("RMB"),
                new DowntimeEndsBeforeStartException(REPAIR, NOW, NOW.minusSeconds(3600)),
                new RepairTimeInFutureException("downtimeEnd", NOW.plusSeconds(60), NOW),
                new IllegalTransitionException("repair", RepairStatus.CLOSED, RepairAction.USE_PARTS, List.of()),
                new IllegalTransitionException("repair", RepairStatus.IN_REPAIR, RepairAction.CANCEL,
                        List.of(RepairAction.RETURN_FROM_REPAIR, RepairAction.RECORD_COST, RepairAction.USE_PARTS)),
                new MissingRequiredFieldException("repair", RepairAction.CANCEL, RepairWorkflows.REASON));
    }
}
