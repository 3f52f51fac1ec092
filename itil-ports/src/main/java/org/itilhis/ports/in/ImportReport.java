package org.itilhis.ports.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;

/**
 * What a CSV import did: the character set the file was read in, how many item rows it read
 * (blank rows are not counted), how many items it created, updated and found unchanged,
 * whether it wrote anything (created or updated an item), and every problem in file order.
 * An import that was refused (a problem in {@link ImportMode#ALL_OR_NOTHING} mode, or a file
 * that cannot be read at all) counts no item as created, updated or unchanged.
 */
public record ImportReport(Charset charset, int rowsRead, int created, int updated, int unchanged, boolean written,
                           ImmutableList<RowProblem> problems) {
    public ImportReport {
        checkNotNull(charset, "charset");
        checkArgument(rowsRead >= 0 && created >= 0 && updated >= 0 && unchanged >= 0, "negative count");
        checkArgument(created + updated + unchanged <= rowsRead, "more items than rows");
        checkArgument(written == (created + updated > 0), "written must say whether an item was created or updated");
        checkNotNull(problems, "problems");
    }

    /** Whether the file had no problem at all. */
    public boolean isClean() {
        return problems.isEmpty();
    }

    /** Every problem described in {@code locale}, one line each. */
    public List<String> describeIn(Locale locale) {
        return problems.stream().map(p -> p.describeIn(locale)).toList();
    }
}
