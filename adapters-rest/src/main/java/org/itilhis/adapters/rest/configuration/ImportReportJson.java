package org.itilhis.adapters.rest.configuration;

import java.util.List;
import java.util.Locale;
import org.itilhis.ports.configuration.in.ImportReport;
import org.itilhis.ports.configuration.in.RowProblem;

/**
 * What a CSV import of configuration items did: the character set the file was read in, how
 * many item rows it read, how many items it created, updated and found unchanged, whether it
 * wrote anything, every problem in file order with its reason in the reader's language, and,
 * when a batch failed to be written, where the import stopped ({@code interruption}, absent
 * otherwise). The body of a 200, and the extension members of the 422 problem of a refused
 * import and of the problem of an interrupted one.
 */
public record ImportReportJson(String charset, int rows, int created, int updated, int unchanged, boolean written,
                               List<RowProblemJson> problems, ImportInterruptionJson interruption) {

    /** The report of an import that was not interrupted. */
    public static ImportReportJson of(ImportReport report, Locale locale) {
        return of(report, locale, null);
    }

    /** The report with where it stopped, {@code interruption}, as the caller words it for the reader. */
    public static ImportReportJson of(ImportReport report, Locale locale, ImportInterruptionJson interruption) {
        return new ImportReportJson(report.charset().name(), report.rowsRead(), report.created(), report.updated(),
                report.unchanged(), report.written(), report.problems().stream()
                .map(problem -> RowProblemJson.of(problem, locale)).toList(), interruption);
    }

    /**
     * Where an import stopped: the rows imported before it ({@code created + updated +
     * unchanged}, which stay imported), the lines where the rows of the failed batch start
     * (rolled back; the rows after them were not tried), and why, as the stable code and text
     * of the problem the failure alone would have been ({@code request.storage-unavailable},
     * {@code ci.version-conflict}, {@code cmdb.duplicate-asset-tag}, {@code request.internal-error}).
     */
    public record ImportInterruptionJson(int rowsImported, int firstLine, int lastLine, String code, String message) {
    }

    /**
     * One problem: the physical line of the file where the row starts (1 is the header), the
     * column as the file names it (absent for a problem of the whole row or file), the stable
     * code of the reason ({@code cmdb.import.*}, {@code cmdb.attribute.*}) and the reason itself.
     */
    public record RowProblemJson(int line, String column, String code, String message) {
        static RowProblemJson of(RowProblem problem, Locale locale) {
            return new RowProblemJson(problem.line(), problem.column().isEmpty() ? null : problem.column(),
                    problem.code(), problem.messageIn(locale));
        }
    }
}
