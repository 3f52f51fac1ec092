package org.itilhis.core.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The rules of the priority value types, the matrix and the policy, over random monotone
 * matrices of 3 to 5 impacts by 3 to 5 urgencies and random monotone uplift configurations.
 */
class PriorityProperties {

    @Property(tries = 1000)
    void raisingNeverLowersAPriorityAndStopsAtP1(@ForAll Priority priority, @ForAll @IntRange(max = 10) int steps) {
        Priority raised = priority.raisedBy(steps);

        assertThat(raised.rank()).isEqualTo(Math.max(1, priority.rank() - steps));
        assertThat(priority.isHigherThan(raised)).isFalse();
    }

    @Property(tries = 1000)
    void everyPriorityParsesFromItsNameAndItsRank(@ForAll Priority priority) {
        assertThat(Priority.parse(priority.name())).isEqualTo(priority);
        assertThat(Priority.parse(String.valueOf(priority.rank()))).isEqualTo(priority);
    }

    @Property(tries = 1000)
    void everyMonotoneMatrixBuildsAndHoldsItsCells(@ForAll("monotoneGrids") Grid grid) {
        PriorityMatrix matrix = grid.toMatrix();

        for (int row = 0; row < grid.rows(); row++) {
            for (int column = 0; column < grid.columns(); column++) {
                assertThat(matrix.priorityOf(grid.impact(row), grid.urgency(column)))
                        .isEqualTo(Priority.ofRank(grid.rank(row, column)));
            }
        }
    }

    @Property(tries = 1000)
    void theBuilderAcceptsExactlyTheMatricesThatNeverLowerPriorityWhenAnInputRises(
            @ForAll("roughGrids") Grid grid) {
        if (grid.isMonotone()) {
            assertThatCode(grid::toMatrix).doesNotThrowAnyException();
        } else {
            assertThatIllegalArgumentException().isThrownBy(grid::toMatrix).withMessageContaining("must never lower");
        }
    }

    @Property(tries = 1000)
    void aMatrixMutatedToLowerPriorityWhenAnInputRisesIsRejectedNamingTheCells(
            @ForAll("monotoneGrids") Grid grid, @ForAll @IntRange(max = 4) int row, @ForAll @IntRange(max = 4) int column,
            @ForAll boolean alongUrgency) {
        int nextRow = alongUrgency ? row % grid.rows() : 1 + row % (grid.rows() - 1);
        int nextColumn = alongUrgency ? 1 + column % (grid.columns() - 1) : column % grid.columns();
        int previousRow = alongUrgency ? nextRow : nextRow - 1;
        int previousColumn = alongUrgency ? nextColumn - 1 : nextColumn;
        Grid broken = grid.inverting(previousRow, previousColumn, nextRow, nextColumn);

        assertThatIllegalArgumentException().isThrownBy(broken::toMatrix).withMessageContaining(String.format(
                "cell %s is P%d, higher than P%d at the %s cell %s",
                broken.cellName(nextRow, nextColumn), broken.rank(nextRow, nextColumn),
                broken.rank(previousRow, previousColumn), alongUrgency ? "more urgent" : "wider",
                broken.cellName(previousRow, previousColumn)));
    }

    @Property(tries = 1000)
    void theAssessedPriorityIsNeverLowerThanTheMatrixCell(
            @ForAll("monotoneGrids") Grid grid, @ForAll("uplifts") Map<ServiceCriticality, Integer> uplifts,
            @ForAll @IntRange(max = 4) int row, @ForAll @IntRange(max = 4) int column,
            @ForAll ServiceCriticality criticality, @ForAll boolean majorIncident) {
        PriorityAssessment assessment = PriorityPolicy.of(grid.toMatrix(), uplifts)
                .assess(grid.factors(row, column, criticality, majorIncident));

        assertThat(assessment.matrixPriority().rank()).isEqualTo(grid.rank(row % grid.rows(), column % grid.columns()));
        assertThat(assessment.matrixPriority().isHigherThan(assessment.priority())).isFalse();
    }

    @Property(tries = 1000)
    void raisingImpactOrUrgencyNeverLowersTheAssessedPriority(
            @ForAll("monotoneGrids") Grid grid, @ForAll("uplifts") Map<ServiceCriticality, Integer> uplifts,
            @ForAll @IntRange(max = 4) int row, @ForAll @IntRange(max = 4) int column,
            @ForAll @IntRange(max = 4) int widerBy, @ForAll @IntRange(max = 4) int moreUrgentBy,
            @ForAll ServiceCriticality criticality, @ForAll boolean majorIncident) {
        PriorityPolicy policy = PriorityPolicy.of(grid.toMatrix(), uplifts);
        int narrowRow = row % grid.rows();
        int lessUrgentColumn = column % grid.columns();

        Priority before = policy.assess(grid.factors(narrowRow, lessUrgentColumn, criticality, majorIncident)).priority();
        Priority after = policy.assess(grid.factors(Math.max(0, narrowRow - widerBy),
                Math.max(0, lessUrgentColumn - moreUrgentBy), criticality, majorIncident)).priority();

        assertThat(before.isHigherThan(after)).isFalse();
    }

    @Property(tries = 1000)
    void aMoreCriticalServiceNeverGetsALowerPriority(
            @ForAll("monotoneGrids") Grid grid, @ForAll("uplifts") Map<ServiceCriticality, Integer> uplifts,
            @ForAll @IntRange(max = 4) int row, @ForAll @IntRange(max = 4) int column,
            @ForAll ServiceCriticality one, @ForAll ServiceCriticality other) {
        PriorityPolicy policy = PriorityPolicy.of(grid.toMatrix(), uplifts);
        ServiceCriticality moreCritical = one.compareTo(other) <= 0 ? one : other;
        ServiceCriticality lessCritical = moreCritical == one ? other : one;

        Priority less = policy.assess(grid.factors(row, column, lessCritical, false)).priority();
        Priority more = policy.assess(grid.factors(row, column, moreCritical, false)).priority();

        assertThat(less.isHigherThan(more)).isFalse();
    }

    @Property(tries = 1000)
    void aMajorIncidentIsAlwaysP1(
            @ForAll("monotoneGrids") Grid grid, @ForAll("uplifts") Map<ServiceCriticality, Integer> uplifts,
            @ForAll @IntRange(max = 4) int row, @ForAll @IntRange(max = 4) int column,
            @ForAll ServiceCriticality criticality) {
        PriorityAssessment assessment = PriorityPolicy.of(grid.toMatrix(), uplifts)
                .assess(grid.factors(row, column, criticality, true));

        assertThat(assessment.priority()).isEqualTo(Priority.P1);
        assertThat(assessment.explanation()).last().isEqualTo("major incident / patient safety forces P1");
    }

    @Property(tries = 1000)
    void anUpliftOfKRaisesTheMatrixCellByKStoppingAtP1(
            @ForAll("monotoneGrids") Grid grid, @ForAll("uplifts") Map<ServiceCriticality, Integer> uplifts,
            @ForAll @IntRange(max = 4) int row, @ForAll @IntRange(max = 4) int column,
            @ForAll ServiceCriticality criticality) {
        PriorityAssessment assessment = PriorityPolicy.of(grid.toMatrix(), uplifts)
                .assess(grid.factors(row, column, criticality, false));

        int cell = grid.rank(row % grid.rows(), column % grid.columns());
        assertThat(assessment.priority().rank()).isEqualTo(Math.max(1, cell - uplifts.get(criticality)));
        assertThat(assessment.explanation()).hasSize(2);
    }

    @Provide
    Arbitrary<Grid> monotoneGrids() {
        Arbitrary<Integer> sizes = Arbitraries.integers().between(3, 5);
        return Combinators.combine(sizes, sizes).flatAs((rows, columns) -> Combinators.combine(
                        Arbitraries.integers().between(1, 5),
                        Arbitraries.of(0, 0, 1, 2).list().ofSize(rows * columns))
                .as((first, steps) -> Grid.monotone(rows, columns, first, steps)));
    }

    /** Monotone grids with one cell set to any priority, so that some stay monotone and some do not. */
    @Provide
    Arbitrary<Grid> roughGrids() {
        return Combinators.combine(monotoneGrids(), Arbitraries.integers().between(0, 24),
                        Arbitraries.integers().between(1, 5))
                .as((grid, position, rank) -> grid.with(position % grid.rows(), position / grid.rows() % grid.columns(), rank));
    }

    /** Steps of uplift that never give a more critical service fewer steps than a less critical one. */
    @Provide
    Arbitrary<Map<ServiceCriticality, Integer>> uplifts() {
        Arbitrary<Integer> steps = Arbitraries.integers().between(0, 2);
        return Combinators.combine(steps, steps, steps).as((general, important, critical) -> Map.of(
                ServiceCriticality.GENERAL, general,
                ServiceCriticality.IMPORTANT, general + important,
                ServiceCriticality.CLINICAL_CRITICAL, general + important + critical));
    }

    /** Priority ranks of a matrix, row by row, over the levels I0.. and U0.. . */
    record Grid(int rows, int columns, List<Integer> ranks) {

        static Grid monotone(int rows, int columns, int first, List<Integer> steps) {
            List<Integer> ranks = new ArrayList<>();
            for (int row = 0; row < rows; row++) {
                for (int column = 0; column < columns; column++) {
                    int wider = row > 0 ? ranks.get((row - 1) * columns + column) : first;
                    int moreUrgent = column > 0 ? ranks.get(row * columns + column - 1) : first;
                    ranks.add(Math.min(5, Math.max(wider, moreUrgent) + steps.get(row * columns + column)));
                }
            }
            return new Grid(rows, columns, List.copyOf(ranks));
        }

        int rank(int row, int column) {
            return ranks.get(row * columns + column);
        }

        Impact impact(int row) {
            return Impact.of("I" + row);
        }

        Urgency urgency(int column) {
            return Urgency.of("U" + column);
        }

        String cellName(int row, int column) {
            return "(" + impact(row) + ", " + urgency(column) + ")";
        }

        PriorityFactors factors(int row, int column, ServiceCriticality criticality, boolean majorIncident) {
            return new PriorityFactors(impact(row % rows), urgency(column % columns), criticality, majorIncident);
        }

        PriorityMatrix toMatrix() {
            PriorityMatrix.Builder builder = PriorityMatrix.builder(
                    IntStream.range(0, rows).mapToObj(this::impact).toList(),
                    IntStream.range(0, columns).mapToObj(this::urgency).toList());
            for (int row = 0; row < rows; row++) {
                for (int column = 0; column < columns; column++) {
                    builder.set(impact(row), urgency(column), Priority.ofRank(rank(row, column)));
                }
            }
            return builder.build();
        }

        /** Whether no cell has a higher priority than any cell at least as wide and as urgent. */
        boolean isMonotone() {
            for (int row = 0; row < rows; row++) {
                for (int column = 0; column < columns; column++) {
                    for (int wider = 0; wider <= row; wider++) {
                        for (int moreUrgent = 0; moreUrgent <= column; moreUrgent++) {
                            if (rank(row, column) < rank(wider, moreUrgent)) {
                                return false;
                            }
                        }
                    }
                }
            }
            return true;
        }

        Grid with(int row, int column, int rank) {
            List<Integer> changed = new ArrayList<>(ranks);
            changed.set(row * columns + column, rank);
            return new Grid(rows, columns, List.copyOf(changed));
        }

        /** Makes the cell after {@code previous} have the higher priority of the two. */
        Grid inverting(int previousRow, int previousColumn, int nextRow, int nextColumn) {
            int previous = rank(previousRow, previousColumn);
            int next = rank(nextRow, nextColumn);
            if (previous < next) {
                return with(previousRow, previousColumn, next).with(nextRow, nextColumn, previous);
            }
            return next < 5 ? with(previousRow, previousColumn, next + 1) : with(nextRow, nextColumn, previous - 1);
        }

        @Override
        public String toString() {
            return IntStream.range(0, rows)
                    .mapToObj(row -> ranks.subList(row * columns, (row + 1) * columns).stream()
                            .map(rank -> "P" + rank).collect(Collectors.joining(" ")))
                    .collect(Collectors.joining(" / ", rows + "x" + columns + " [", "]"));
        }
    }
}
