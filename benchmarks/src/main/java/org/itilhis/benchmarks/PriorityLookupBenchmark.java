package org.itilhis.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.itilhis.core.priority.Impact;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.PriorityAssessment;
import org.itilhis.core.priority.PriorityFactors;
import org.itilhis.core.priority.PriorityMatrix;
import org.itilhis.core.priority.PriorityPolicy;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.priority.Urgency;
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
 * {@link PriorityPolicy#assess} on the hospital's default 4x4 policy and on a 5x5 policy
 * with graded uplifts, over factors drawn in advance from a fixed seed (so the benchmark
 * measures the assessment, not the random number generator).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class PriorityLookupBenchmark {
    private static final int FACTORS = 4096;
    private static final int MASK = FACTORS - 1;
    private static final Impact SEVERAL_BUILDINGS = Impact.of("SEVERAL_BUILDINGS");
    private static final Urgency WORKAROUND_AVAILABLE = Urgency.of("WORKAROUND_AVAILABLE");

    private PriorityPolicy hospitalDefault;
    private PriorityPolicy fiveByFive;
    private PriorityFactors[] defaultFactors;
    private PriorityFactors[] fiveByFiveFactors;
    private int next;

    @Setup
    public void setUp() {
        hospitalDefault = PriorityPolicy.hospitalDefault();
        fiveByFive = fiveByFive();
        Random random = new Random(20260302L);
        defaultFactors = factors(hospitalDefault, random);
        fiveByFiveFactors = factors(fiveByFive, random);
    }

    @Benchmark
    public PriorityAssessment hospitalDefault4x4() {
        return hospitalDefault.assess(defaultFactors[next++ & MASK]);
    }

    @Benchmark
    public PriorityAssessment graded5x5() {
        return fiveByFive.assess(fiveByFiveFactors[next++ & MASK]);
    }

    /** A larger hospital's policy: five levels a side, clinical services raised by two steps. */
    static PriorityPolicy fiveByFive() {
        PriorityMatrix matrix = PriorityMatrix.builder(
                        List.of(Impact.WHOLE_HOSPITAL, SEVERAL_BUILDINGS, Impact.SEVERAL_DEPARTMENTS,
                                Impact.ONE_DEPARTMENT, Impact.ONE_PERSON),
                        List.of(Urgency.PATIENT_CARE_STOPPED, Urgency.SEVERELY_DEGRADED, Urgency.DEGRADED,
                                WORKAROUND_AVAILABLE, Urgency.NO_CLINICAL_EFFECT))
                .row(Impact.WHOLE_HOSPITAL, Priority.P1, Priority.P1, Priority.P2, Priority.P2, Priority.P3)
                .row(SEVERAL_BUILDINGS, Priority.P1, Priority.P2, Priority.P2, Priority.P3, Priority.P4)
                .row(Impact.SEVERAL_DEPARTMENTS, Priority.P2, Priority.P2, Priority.P3, Priority.P3, Priority.P4)
                .row(Impact.ONE_DEPARTMENT, Priority.P2, Priority.P3, Priority.P3, Priority.P4, Priority.P5)
                .row(Impact.ONE_PERSON, Priority.P3, Priority.P4, Priority.P4, Priority.P5, Priority.P5)
                .build();
        return PriorityPolicy.of(matrix, Map.of(ServiceCriticality.CLINICAL_CRITICAL, 2,
                ServiceCriticality.IMPORTANT, 1, ServiceCriticality.GENERAL, 0));
    }

    /** Random factors over the policy's own levels; about one in twenty is a major incident. */
    private static PriorityFactors[] factors(PriorityPolicy policy, Random random) {
        List<Impact> impacts = policy.matrix().impacts();
        List<Urgency> urgencies = policy.matrix().urgencies();
        ServiceCriticality[] criticalities = ServiceCriticality.values();
        PriorityFactors[] factors = new PriorityFactors[FACTORS];
        for (int i = 0; i < FACTORS; i++) {
            factors[i] = new PriorityFactors(impacts.get(random.nextInt(impacts.size())),
                    urgencies.get(random.nextInt(urgencies.size())),
                    criticalities[random.nextInt(criticalities.length)], random.nextInt(20) == 0);
        }
        return factors;
    }
}
