package org.itilhis.core.priority;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The hospital's complete rule for setting incident priority, held as data so that it can be
 * printed ({@link #describe()}), reviewed and changed through change management rather than
 * by redeploying code. The rule has three steps:
 * <ol>
 *   <li>read the {@link PriorityMatrix} cell of the incident's impact and urgency;</li>
 *   <li>raise that priority by the uplift configured for the affected service's
 *       {@link ServiceCriticality}, stopping at P1;</li>
 *   <li>give a major incident or patient-safety event P1 whatever the result.</li>
 * </ol>
 *
 * <p>Invariants, checked by {@link #of}: every criticality has an uplift of zero or more,
 * and a more critical service is never raised by fewer steps than a less critical one, so
 * that, like the matrix, the rule never lowers priority when an input gets worse.
 *
 * <p>Immutable and thread-safe; equal when matrix and uplifts are equal. {@link #assess}
 * runs in constant time.
 */
public final class PriorityPolicy {
    private static final ServiceCriticality[] CRITICALITIES = ServiceCriticality.values();
    private static final String MAJOR_INCIDENT_LINE = "major incident / patient safety forces " + Priority.highest();
    private static final PriorityPolicy HOSPITAL_DEFAULT = of(PriorityMatrix.hospitalDefault(), Map.of(
            ServiceCriticality.CLINICAL_CRITICAL, 1,
            ServiceCriticality.IMPORTANT, 0,
            ServiceCriticality.GENERAL, 0));

    private final PriorityMatrix matrix;
    private final ImmutableMap<ServiceCriticality, Integer> criticalityUplift;
    private final int[] upliftByCriticality;
    private final String[][] upliftLines;

    private PriorityPolicy(PriorityMatrix matrix, ImmutableMap<ServiceCriticality, Integer> criticalityUplift) {
        this.matrix = matrix;
        this.criticalityUplift = criticalityUplift;
        this.upliftByCriticality = criticalityUplift.values().stream().mapToInt(Integer::intValue).toArray();
        this.upliftLines = upliftLines(upliftByCriticality);
    }

    /**
     * The default matrix ({@link PriorityMatrix#hospitalDefault()}) with clinically critical
     * services raised by one step and other services not raised.
     */
    public static PriorityPolicy hospitalDefault() {
        return HOSPITAL_DEFAULT;
    }

    /**
     * A policy from its parts.
     *
     * @param criticalityUplift steps toward P1 for each {@link ServiceCriticality}
     * @throws IllegalArgumentException if a criticality has no uplift, a negative uplift, or
     *                                  a smaller uplift than a less critical one
     */
    public static PriorityPolicy of(PriorityMatrix matrix, Map<ServiceCriticality, Integer> criticalityUplift) {
        checkNotNull(matrix, "matrix");
        checkNotNull(criticalityUplift, "criticalityUplift");
        EnumMap<ServiceCriticality, Integer> uplifts = new EnumMap<>(ServiceCriticality.class);
        for (ServiceCriticality criticality : CRITICALITIES) {
            Integer steps = criticalityUplift.get(criticality);
            checkArgument(steps != null, "no uplift configured for service criticality %s", criticality);
            checkArgument(steps >= 0, "uplift for service criticality %s is negative: %s", criticality, steps);
            uplifts.put(criticality, steps);
        }
        checkMoreCriticalIsRaisedAtLeastAsMuch(uplifts);
        return new PriorityPolicy(matrix, Maps.immutableEnumMap(uplifts));
    }

    /**
     * Applies the rule and explains the result.
     *
     * @throws IllegalArgumentException if the matrix does not know the impact or urgency
     */
    public PriorityAssessment assess(PriorityFactors factors) {
        checkNotNull(factors, "factors");
        Priority fromMatrix = matrix.priorityOf(factors.impact(), factors.urgency());
        int uplift = upliftByCriticality[factors.criticality().ordinal()];
        Priority raised = fromMatrix.raisedBy(uplift);
        String matrixLine = "matrix " + factors.impact().code() + " x " + factors.urgency().code() + " -> " + fromMatrix;
        String upliftLine = upliftLines[factors.criticality().ordinal()][fromMatrix.ordinal()];
        if (factors.majorIncident()) {
            return new PriorityAssessment(factors, fromMatrix, Priority.highest(),
                    ImmutableList.of(matrixLine, upliftLine, MAJOR_INCIDENT_LINE));
        }
        return new PriorityAssessment(factors, fromMatrix, raised, ImmutableList.of(matrixLine, upliftLine));
    }

    public PriorityMatrix matrix() {
        return matrix;
    }

    /** Steps toward P1 per criticality, most critical first; every criticality is present. */
    public ImmutableMap<ServiceCriticality, Integer> criticalityUplift() {
        return criticalityUplift;
    }

    /** The whole rule as text: the matrix table, the uplift of each criticality and the major-incident rule. */
    public String describe() {
        StringBuilder text = new StringBuilder()
                .append("1. Read the matrix (rows: impact, widest first; columns: urgency, most urgent first):\n")
                .append(matrix.render().indent(3))
                .append("2. Raise by the service criticality uplift (steps toward P1, capped at P1):\n");
        criticalityUplift.forEach((criticality, steps) ->
                text.append("   ").append(criticality).append(": +").append(steps).append('\n'));
        return text.append("3. A major incident or patient-safety event is always ").append(Priority.highest())
                .append('.').toString();
    }

    private static void checkMoreCriticalIsRaisedAtLeastAsMuch(Map<ServiceCriticality, Integer> uplifts) {
        for (int less = 1; less < CRITICALITIES.length; less++) {
            ServiceCriticality moreCritical = CRITICALITIES[less - 1];
            ServiceCriticality lessCritical = CRITICALITIES[less];
            checkArgument(uplifts.get(moreCritical) >= uplifts.get(lessCritical),
                    "service criticality %s is raised by %s, less than the less critical %s (%s)",
                    moreCritical, uplifts.get(moreCritical), lessCritical, uplifts.get(lessCritical));
        }
    }

    /** The explanation of step 2 for every criticality and matrix priority, worded once. */
    private static String[][] upliftLines(int[] upliftByCriticality) {
        Priority[] priorities = Priority.values();
        String[][] lines = new String[CRITICALITIES.length][priorities.length];
        for (ServiceCriticality criticality : CRITICALITIES) {
            int uplift = upliftByCriticality[criticality.ordinal()];
            for (Priority from : priorities) {
                lines[criticality.ordinal()][from.ordinal()] = upliftLine(criticality, uplift, from, from.raisedBy(uplift));
            }
        }
        return lines;
    }

    private static String upliftLine(ServiceCriticality criticality, int uplift, Priority from, Priority to) {
        if (uplift == 0) {
            return "service criticality " + criticality + " does not raise -> " + to;
        }
        boolean capped = from.rank() - uplift < Priority.highest().rank();
        return "service criticality " + criticality + " raises by " + uplift + " -> " + to
                + (capped ? " (capped at " + Priority.highest() + ")" : "");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PriorityPolicy policy
                && matrix.equals(policy.matrix)
                && criticalityUplift.equals(policy.criticalityUplift);
    }

    @Override
    public int hashCode() {
        return Objects.hash(matrix, criticalityUplift);
    }

    /** The same text as {@link #describe()}. */
    @Override
    public String toString() {
        return describe();
    }
}
