package org.itilhis.core.inspection;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.VersionConflictException;

/**
 * One of each refusal the inspection rounds can throw, for the message catalogue's test
 * ({@code shared.MessagesTest}), which reads every refusal of core in both languages.
 */
public final class InspectionRefusals {
    private static final RoundId ROUND = new RoundId(new UUID(18, 1));
    private static final Instant DUE = Instant.parse("2027-03-01T00:00:00Z");
    private static final List<String> UPS_STATES = List.of("normal", "on battery", "fault");

    private InspectionRefusals() {
    }

    public static Stream<DomainException> everyRefusal() {
        return Stream.of(
                InvalidChecklistException.duplicateItem("items[3].code", "temperature"),
                InvalidChecklistException.readingWithoutUnit("items[0]", "temperature"),
                InvalidChecklistException.readingWithoutRange("items[0]", "temperature"),
                InvalidChecklistException.rangeReversed("items[0]", "humidity", new BigDecimal("60"),
                        new BigDecimal("40")),
                InvalidChecklistException.rangeNotForReading("items[2]", "fire-panel"),
                InvalidChecklistException.optionsNotForChoice("items[2]", "fire-panel"),
                InvalidChecklistException.choiceWithoutOptions("items[4]", "ups-status", List.of("normal")),
                InvalidChecklistException.failingOptionUnknown("items[4]", "ups-status", "smoke", UPS_STATES),
                InvalidChecklistException.noFailingOption("items[4]", "ups-status"),
                InvalidChecklistException.otherGroup("MR-DAILY", "infrastructure", "network"),
                InvalidResultException.otherVersion(ROUND, "MR-DAILY", 1, 2),
                InvalidResultException.unknownItem("MR-DAILY", 2, "noise", List.of("temperature", "humidity")),
                InvalidResultException.duplicate("MR-DAILY", "temperature"),
                InvalidResultException.missing("MR-DAILY", "humidity"),
                InvalidResultException.passFailExpected("MR-DAILY", "fire-panel"),
                InvalidResultException.readingExpected("MR-DAILY", "temperature", "°C"),
                InvalidResultException.choiceExpected("MR-DAILY", "ups-status", UPS_STATES),
                InvalidResultException.notANumber("MR-DAILY", "temperature", "warm"),
                InvalidResultException.wrongUnit("MR-DAILY", "temperature", "°F", "°C"),
                InvalidResultException.unknownOption("MR-DAILY", "ups-status", "smoking", UPS_STATES),
                new ScheduleRetiredException(new ScheduleId(new UUID(18, 2))),
                new GraceOutOfRangeException(Duration.ofDays(8), Duration.ofDays(7)),
                RoundNotRecordableException.alreadyRecorded(ROUND, StaffId.of("E2001"), DUE),
                RoundNotRecordableException.missed(ROUND, DUE, DUE.plusSeconds(7200)),
                RoundNotRecordableException.inFuture(ROUND, DUE.plusSeconds(600), DUE),
                RoundNotRecordableException.outsideWindow(ROUND, DUE.minusSeconds(86_400), DUE.minusSeconds(7200),
                        DUE.plusSeconds(7200)),
                new VersionConflictException("inspection-template", "MR-DAILY", 2, 3),
                new VersionConflictException("inspection-schedule", "MR-DAILY 08:00 and 20:00", 1, 2),
                new VersionConflictException("inspection-round", ROUND.toString(), 1, 2));
    }
}
