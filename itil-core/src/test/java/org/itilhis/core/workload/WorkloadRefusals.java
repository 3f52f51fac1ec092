package org.itilhis.core.workload;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.itilhis.core.shared.DomainException;

/**
 * One of each refusal of the workload figures, for the message catalogue's test
 * ({@code shared.MessagesTest}), which reads every refusal of core in both languages.
 */
public final class WorkloadRefusals {
    private WorkloadRefusals() {
    }

    public static Stream<DomainException> everyRefusal() {
        return Stream.of(ReportPeriodInvalidException.endsBeforeStart(LocalDate.parse("2026-03-31"),
                        LocalDate.parse("2026-03-01")),
                ReportPeriodInvalidException.tooLong(LocalDate.parse("2026-01-01"), LocalDate.parse("2027-01-03"),
                        ReportPeriod.MAX_DAYS));
    }
}
