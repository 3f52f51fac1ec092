package org.itilhis.core.priority;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.core.priority.Priority.P1;
import static org.itilhis.core.priority.Priority.P2;
import static org.itilhis.core.priority.Priority.P3;
import static org.itilhis.core.priority.Priority.P4;
import static org.itilhis.core.priority.Priority.P5;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The ITIL impact x urgency table from which an incident's priority is read. Each hospital
 * chooses its own levels and table size (3x3, 4x4, 5x5 are common); {@link #hospitalDefault()}
 * is a 4x4 table suited to most hospitals.
 *
 * <p>Invariants, checked by {@link Builder#build()}: both axes are non-empty and free of
 * duplicates, every cell holds a priority, and the table is <em>monotone</em>: a wider impact
 * (a row further up) or a more urgent urgency (a column further left) never gives a lower
 * priority. Rows are impacts, widest first; columns are urgencies, most urgent first.
 *
 * <p>Immutable; equal when levels and cells are equal. {@link #priorityOf} is a constant-time
 * lookup.
 */
public final class PriorityMatrix {
    private static final PriorityMatrix HOSPITAL_DEFAULT = builder(
            List.of(Impact.WHOLE_HOSPITAL, Impact.SEVERAL_DEPARTMENTS, Impact.ONE_DEPARTMENT, Impact.ONE_PERSON),
            List.of(Urgency.PATIENT_CARE_STOPPED, Urgency.SEVERELY_DEGRADED, Urgency.DEGRADED,
                    Urgency.NO_CLINICAL_EFFECT))
            .row(Impact.WHOLE_HOSPITAL, P1, P1, P2, P3)
            .row(Impact.SEVERAL_DEPARTMENTS, P1, P2, P3, P4)
            .row(Impact.ONE_DEPARTMENT, P2, P3, P3, P4)
            .row(Impact.ONE_PERSON, P3, P4, P4, P5)
            .build();
    private static final String CORNER = "impact \\ urgency";

    private final Axis<Impact> impacts;
    private final Axis<Urgency> urgencies;
    private final Priority[][] cells;

    private PriorityMatrix(Axis<Impact> impacts, Axis<Urgency> urgencies, Priority[][] cells) {
        this.impacts = impacts;
        this.urgencies = urgencies;
        this.cells = cells;
        List<String> problems = missingCells();
        if (problems.isEmpty()) {
            problems = monotonicityViolations();
        }
        checkArgument(problems.isEmpty(), "invalid priority matrix: %s", String.join("; ", problems));
    }

    /**
     * Starts a matrix over the given levels.
     *
     * @throws IllegalArgumentException if an axis is empty or lists a level twice
     */
    public static Builder builder(List<Impact> impactsWidestFirst, List<Urgency> urgenciesMostUrgentFirst) {
        return new Builder(Axis.of("impact", impactsWidestFirst), Axis.of("urgency", urgenciesMostUrgentFirst));
    }

    /**
     * The default 4x4 table over the {@link Impact} and {@link Urgency} constants:
     * <pre>
     * WHOLE_HOSPITAL       P1 P1 P2 P3
     * SEVERAL_DEPARTMENTS  P1 P2 P3 P4
     * ONE_DEPARTMENT       P2 P3 P3 P4
     * ONE_PERSON           P3 P4 P4 P5
     * </pre>
     */
    public static PriorityMatrix hospitalDefault() {
        return HOSPITAL_DEFAULT;
    }

    /**
     * The priority in the cell of {@code impact} and {@code urgency}.
     *
     * @throws IllegalArgumentException if this matrix does not know a level; the message
     *                                  names it and the levels the matrix knows
     */
    public Priority priorityOf(Impact impact, Urgency urgency) {
        return cells[impacts.positionOf(impact)][urgencies.positionOf(urgency)];
    }

    /** The rows, widest impact first. */
    public ImmutableList<Impact> impacts() {
        return impacts.levels();
    }

    /** The columns, most urgent first. */
    public ImmutableList<Urgency> urgencies() {
        return urgencies.levels();
    }

    public boolean knows(Impact impact) {
        return impacts.knows(impact);
    }

    public boolean knows(Urgency urgency) {
        return urgencies.knows(urgency);
    }

    /** A plain-text table, one line per impact and one column per urgency, for people to review. */
    public String render() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(ImmutableList.<String>builder().add(CORNER).addAll(codes(urgencies.levels())).build());
        for (int row = 0; row < impacts.size(); row++) {
            rows.add(ImmutableList.<String>builder().add(impacts.get(row).code()).addAll(codes(cells[row])).build());
        }
        int[] widths = columnWidths(rows);
        List<String> lines = new ArrayList<>();
        lines.add(line(rows.get(0), widths));
        lines.add(Arrays.stream(widths).mapToObj("-"::repeat).collect(Collectors.joining("-+-")));
        rows.subList(1, rows.size()).forEach(row -> lines.add(line(row, widths)));
        return String.join("\n", lines);
    }

    static String cellName(Impact impact, Urgency urgency) {
        return "(" + impact.code() + ", " + urgency.code() + ")";
    }

    private List<String> missingCells() {
        List<String> problems = new ArrayList<>();
        for (int row = 0; row < impacts.size(); row++) {
            for (int column = 0; column < urgencies.size(); column++) {
                if (cells[row][column] == null) {
                    problems.add("cell " + cellName(impacts.get(row), urgencies.get(column)) + " has no priority");
                }
            }
        }
        return problems;
    }

    private List<String> monotonicityViolations() {
        List<String> problems = new ArrayList<>();
        for (int row = 0; row < impacts.size(); row++) {
            for (int column = 0; column < urgencies.size(); column++) {
                if (column > 0) {
                    checkNeighbour(row, column, row, column - 1, "more urgent", "urgency", problems);
                }
                if (row > 0) {
                    checkNeighbour(row, column, row - 1, column, "wider", "impact", problems);
                }
            }
        }
        return problems;
    }

    private void checkNeighbour(int row, int column, int aboveRow, int aboveColumn,
                                String relation, String axis, List<String> problems) {
        Priority cell = cells[row][column];
        Priority above = cells[aboveRow][aboveColumn];
        if (cell.isHigherThan(above)) {
            problems.add(String.format("cell %s is %s, higher than %s at the %s cell %s: raising %s must never lower priority",
                    cellName(impacts.get(row), urgencies.get(column)), cell, above, relation,
                    cellName(impacts.get(aboveRow), urgencies.get(aboveColumn)), axis));
        }
    }

    private static List<String> codes(List<Urgency> levels) {
        return levels.stream().map(Urgency::code).toList();
    }

    private static List<String> codes(Priority[] priorities) {
        return Arrays.stream(priorities).map(Priority::name).toList();
    }

    private static int[] columnWidths(List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        return widths;
    }

    private static String line(List<String> row, int[] widths) {
        List<String> padded = new ArrayList<>();
        for (int column = 0; column < widths.length; column++) {
            padded.add(Strings.padEnd(row.get(column), widths[column], ' '));
        }
        return String.join(" | ", padded).stripTrailing();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PriorityMatrix matrix
                && impacts.equals(matrix.impacts)
                && urgencies.equals(matrix.urgencies)
                && Arrays.deepEquals(cells, matrix.cells);
    }

    @Override
    public int hashCode() {
        return Objects.hash(impacts, urgencies, Arrays.deepHashCode(cells));
    }

    /** The same text as {@link #render()}. */
    @Override
    public String toString() {
        return render();
    }

    /**
     * Collects the cells of a {@link PriorityMatrix}. Cells may be set in any order and set
     * again; {@link #build()} checks the result. Not thread-safe; each {@code build()} copies
     * the cells, so a builder may be reused.
     */
    public static final class Builder {
        private final Axis<Impact> impacts;
        private final Axis<Urgency> urgencies;
        private final Priority[][] cells;

        private Builder(Axis<Impact> impacts, Axis<Urgency> urgencies) {
            this.impacts = impacts;
            this.urgencies = urgencies;
            this.cells = new Priority[impacts.size()][urgencies.size()];
        }

        /**
         * Fills one cell.
         *
         * @throws IllegalArgumentException if the matrix does not know a level
         */
        public Builder set(Impact impact, Urgency urgency, Priority priority) {
            int row = impacts.positionOf(impact);
            int column = urgencies.positionOf(urgency);
            cells[row][column] = checkNotNull(priority, "priority of cell %s", cellName(impact, urgency));
            return this;
        }

        /**
         * Fills the row of {@code impact}, one priority per urgency, most urgent first.
         *
         * @throws IllegalArgumentException if the impact is unknown or the count of
         *                                  priorities differs from the count of urgencies
         */
        public Builder row(Impact impact, Priority... prioritiesMostUrgentFirst) {
            int row = impacts.positionOf(impact);
            checkArgument(prioritiesMostUrgentFirst.length == urgencies.size(),
                    "row %s has %s priorities but the matrix has %s urgencies %s",
                    impact, prioritiesMostUrgentFirst.length, urgencies.size(), urgencies.levels());
            for (int column = 0; column < urgencies.size(); column++) {
                cells[row][column] = checkNotNull(prioritiesMostUrgentFirst[column],
                        "priority of cell %s", cellName(impact, urgencies.get(column)));
            }
            return this;
        }

        /**
         * The finished matrix.
         *
         * @throws IllegalArgumentException if a cell is empty or the table is not monotone;
         *                                  the message names every offending cell as
         *                                  {@code (impact code, urgency code)} and the reason
         */
        public PriorityMatrix build() {
            Priority[][] copy = new Priority[cells.length][];
            for (int row = 0; row < cells.length; row++) {
                copy[row] = cells[row].clone();
            }
            return new PriorityMatrix(impacts, urgencies, copy);
        }
    }
}
