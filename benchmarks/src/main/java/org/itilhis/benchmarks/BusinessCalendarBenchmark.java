package org.itilhis.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.ChinaMainland;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link BusinessCalendar#deadline} and {@link BusinessCalendar#businessTimeBetween} on the
 * China mainland office-hours calendar (08:00-12:00, 14:00-17:30, with the official
 * holidays and adjusted working days of 2024 to 2026), over starts spread across those three
 * years and durations from one minute to 30 business days, drawn in advance from a fixed seed.
 * Operations per second on one thread, i.e. per core.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class BusinessCalendarBenchmark {
    private static final int SAMPLES = 4096;
    private static final int MASK = SAMPLES - 1;
    private static final long FROM = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2026-12-31T00:00:00Z").getEpochSecond();
    private static final long BUSINESS_DAY = 7 * 3600 + 1800;

    private BusinessCalendar calendar;
    private Instant[] starts;
    private Instant[] ends;
    private Duration[] minutes;
    private Duration[] businessDays;
    private int next;

    @Setup
    public void setUp() {
        calendar = ChinaMainland.officeHours();
        Random random = new Random(20261125L);
        starts = new Instant[SAMPLES];
        ends = new Instant[SAMPLES];
        minutes = new Duration[SAMPLES];
        businessDays = new Duration[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long a = FROM + (long) (random.nextDouble() * (TO - FROM));
            long b = FROM + (long) (random.nextDouble() * (TO - FROM));
            starts[i] = Instant.ofEpochSecond(Math.min(a, b));
            ends[i] = Instant.ofEpochSecond(Math.max(a, b));
            minutes[i] = Duration.ofMinutes(1 + random.nextInt(240));
            businessDays[i] = Duration.ofSeconds(BUSINESS_DAY + (long) (random.nextDouble() * 29 * BUSINESS_DAY));
        }
        calendar.businessTimeBetween(Instant.ofEpochSecond(FROM), Instant.ofEpochSecond(TO + 86_400 * 60));
    }

    /** Response-type targets: 1 minute to 4 business hours. */
    @Benchmark
    public Instant deadlineMinutes() {
        int i = next++ & MASK;
        return calendar.deadline(starts[i], minutes[i]);
    }

    /** Resolution-type targets: 1 to 30 business days, often across a holiday. */
    @Benchmark
    public Instant deadlineBusinessDays() {
        int i = next++ & MASK;
        return calendar.deadline(starts[i], businessDays[i]);
    }

    /** Elapsed business time between two instants anywhere in the three years. */
    @Benchmark
    public Duration betweenAcrossYears() {
        int i = next++ & MASK;
        return calendar.businessTimeBetween(starts[i], ends[i]);
    }

    /** Elapsed business time of a ticket open for minutes to 30 business days. */
    @Benchmark
    public Duration betweenStartAndDeadline() {
        int i = next++ & MASK;
        return calendar.businessTimeBetween(starts[i], calendar.deadline(starts[i], businessDays[i]));
    }
}
