package org.itilhis.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.sla.ClockState;
import org.itilhis.core.sla.report.ClockStanding;
import org.itilhis.core.sla.report.HeldSegment;
import org.itilhis.core.sla.report.ReportScope;
import org.itilhis.core.sla.report.SlaReport;
import org.itilhis.core.sla.report.TicketStanding;
import org.itilhis.core.ticket.TicketId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the month's SLA report from stored standings (ADR 0011), the Java side of
 * {@code /sla/report} once the rows are read: {@code tickets} standings raised over the month,
 * two thirds running and a third resolved, ten services, five priorities, 25 groups, none
 * listed at risk. Milliseconds per report on one thread.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class SlaReportBenchmark {
    @Param({"10000", "100000"})
    public int tickets;

    private List<TicketStanding> standings;
    private ReportScope march;

    @Setup
    public void setUp() {
        Instant start = Instant.parse("2026-02-28T16:00:00Z"); // 1 March, midnight in Shanghai
        Instant measured = start.plus(Duration.ofDays(30));
        Random random = new Random(12);
        standings = new ArrayList<>();
        for (int i = 0; i < tickets; i++) {
            boolean resolved = random.nextInt(3) == 0;
            ClockStanding response = new ClockStanding(ClockState.MET, true, false,
                    Optional.of(Duration.ofMinutes(random.nextInt(60))));
            ClockStanding resolution = resolved
                    ? new ClockStanding(ClockState.MET, true, false, Optional.of(Duration.ofMinutes(random.nextInt(5000))))
                    : new ClockStanding(ClockState.RUNNING, false, false, Optional.empty());
            standings.add(new TicketStanding(new TicketId(new UUID(3, i)), "service-" + random.nextInt(10),
                    start.plusSeconds(random.nextInt(30 * 86_400)), Priority.values()[random.nextInt(5)], response,
                    resolution, ImmutableList.of(new HeldSegment(GroupId.of("group-" + random.nextInt(25)),
                            Duration.ofMinutes(random.nextInt(900)))), ImmutableSortedSet.of(), measured, !resolved));
        }
        march = ReportScope.months(YearMonth.of(2026, 3), YearMonth.of(2026, 3), BusinessCalendar.SHANGHAI);
    }

    @Benchmark
    public SlaReport monthsReport() {
        return SlaReport.of(standings, List.of(), march);
    }
}
