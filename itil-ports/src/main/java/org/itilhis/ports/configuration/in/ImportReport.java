package org.itilhis.ports.configuration.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a CSV import did: the character set the file was read in, how many item rows it read
 * (blank rows are not counted), how many items it created, updated and found unchanged,
 * whether it wrote anything (created or updated an item), every problem in file order, and
 * where it stopped if a batch of rows failed to be written ({@link Interruption}).
 * An import that was refused (a problem in {@link ImportMode#ALL_OR_NOTHING} mode, or a file
 * that cannot be read at all) counts no item as created, updated or unchanged. The counts of
 * an interrupted import are those of the batches committed before the failure: those rows
 * are imported and stay so.
 */
public record ImportReport(Charset charset, int rowsRead, int created, int updated, int unchanged, boolean written,
                           ImmutableList<RowProblem> problems, Optional<Interruption> interruption) {
    public ImportReport {
        checkNotNull(charset, "charset");
        checkArgument(rowsRead >= 0 && created >= 0 && updated >= 0 && unchanged >= 0, "negative count");
        checkArgument(created + updated + unchanged <= rowsRead, "more items than rows");
        checkArgument(written == (created + updated > 0), "written must say whether an item was created or updated");
        checkNotNull(problems, "problems");
        checkNotNull(interruption, "interruption");
    }

    /** A report of an import that was not interrupted: it ran to the end of the file, or wrote nothing. */
    public ImportReport(Charset charset, int rowsRead, int created, int updated, int unchanged, boolean written,
                        ImmutableList<RowProblem> problems) {
        this(charset, rowsRead, created, updated, unchanged, written, problems, Optional.empty());
    }

    /**
     * A batch of rows that failed to be written, which stopped the import: the storage failed,
     * or another writer got in between (an item changed since its row was validated, or
     * registered under the same asset tag meanwhile). The batch's rows, starting on lines
     * {@code firstLine} to {@code lastLine} of the file, were rolled back; the rows before them
     * are imported ({@link ImportReport#rowsImported()}), the rows after them were not tried.
     * Importing the same file again completes the import: rows already imported are found
     * unchanged and record nothing.
     */
    public record Interruption(int firstLine, int lastLine, RuntimeException cause) {
        public Interruption {
            checkArgument(firstLine >= 2 && lastLine >= firstLine, "lines %s to %s are not rows of a file", firstLine,
                    lastLine);
            checkNotNull(cause, "cause");
        }
    }

    /** How many rows went in: their items are now as the rows say (created, updated or unchanged). */
    public int rowsImported() {
        return created + updated + unchanged;
    }

    /** Whether the file had no problem at all (an {@link #interruption()} is not a problem of the file). */
    public boolean isClean() {
        return problems.isEmpty();
    }

    /** Every problem described in {@code locale}, one line each. */
    public List<String> describeIn(Locale locale) {
        return problems.stream().map(p -> p.describeIn(locale)).toList();
    }
}
