package org.itilhis.adapters.rest.configuration;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.configuration.ImportReportJson.ImportInterruptionJson;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.ProblemTexts;
import org.itilhis.adapters.rest.problemdetails.StatusByCode;
import org.itilhis.core.shared.DomainException;
import org.itilhis.ports.common.StorageException;
import org.itilhis.ports.configuration.in.ImportMode;
import org.itilhis.ports.configuration.in.ImportOptions;
import org.itilhis.ports.configuration.in.ImportReport.Interruption;
import org.itilhis.ports.configuration.in.ImportReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CSV import over HTTP ({@code POST /cis/import}): its query parameters turned into
 * {@link ImportOptions} (every malformed one named at once, 400), and the port's report turned
 * into the answer. An import that a batch failing to be written stopped is a problem
 * ({@value #INTERRUPTED}) whose document carries the report with its interruption: 503 when the
 * storage failed, 409 when another writer got in between, 500 otherwise. An import that took
 * no row in because of its problems (any problem in all-or-nothing mode, a file that cannot be
 * read as a whole, or no valid row at all) is refused: 422 whose problem document carries the
 * report; any other import answers the report.
 */
final class CiImports {
    private static final Logger LOG = LoggerFactory.getLogger(CiImports.class);
    /** The media type of a CSV file (RFC 4180). */
    static final String TEXT_CSV = "text/csv";
    static final String REFUSED = "cmdb.import-refused";
    static final String INTERRUPTED = "cmdb.import-interrupted";

    private CiImports() {
    }

    /**
     * @param mode      {@code all-or-nothing} (also when absent) or {@code valid-rows-only}, or the constants
     * @param charset   the file's character set, or {@code null} to detect UTF-8 (with or without BOM) or GB18030
     * @param batchRows rows per transaction, 1 to {@value ImportOptions#MAX_BATCH_ROWS}, or {@code null} for
     *                  {@value ImportOptions#DEFAULT_BATCH_ROWS}
     */
    static ImportOptions options(String mode, String charset, String batchRows) {
        Fields fields = new Fields();
        ImportMode importMode = mode == null ? ImportMode.ALL_OR_NOTHING
                : CmdbNames.parse(ImportMode.class, "mode", mode, fields);
        Charset fileCharset = charset == null ? null : charset(charset, fields);
        int rowsPerBatch = fields.count("batchRows", batchRows, ImportOptions.MAX_BATCH_ROWS,
                ImportOptions.DEFAULT_BATCH_ROWS);
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        ImportOptions options = importMode == ImportMode.ALL_OR_NOTHING ? ImportOptions.allOrNothing()
                : ImportOptions.validRowsOnly();
        options = options.withBatchRows(rowsPerBatch);
        return fileCharset == null ? options : options.withCharset(fileCharset);
    }

    /**
     * The report in the reader's language.
     *
     * @throws ApiException (503, 409 or 500, {@value #INTERRUPTED}) with the report, when a batch failed to be written
     * @throws ApiException (422, {@value #REFUSED}) with the report, when no row went in because of problems
     */
    static ImportReportJson answer(ImportReport report, Locale locale) {
        if (report.interruption().isPresent()) {
            throw interrupted(report, report.interruption().get(), locale);
        }
        ImportReportJson json = ImportReportJson.of(report, locale);
        boolean noRowTaken = report.created() + report.updated() + report.unchanged() == 0;
        if (!report.isClean() && noRowTaken) {
            throw ApiException.withMembers(422, REFUSED, json, report.problems().size());
        }
        return json;
    }

    /**
     * The problem of an interrupted import, its status and reason those of the failure alone:
     * a conflict with another writer (409), the storage (503), or anything else (500, logged
     * with an error id that the reason names, nothing of the exception shown).
     */
    private static ApiException interrupted(ImportReport report, Interruption stop, Locale locale) {
        RuntimeException cause = stop.cause();
        int status;
        String code;
        String message;
        if (cause instanceof DomainException refused && List.of(409, 412).contains(StatusByCode.of(refused.code()))) {
            status = 409;
            code = refused.code();
            message = refused.messageIn(locale);
        } else if (cause instanceof StorageException) {
            status = 503;
            code = "request.storage-unavailable";
            message = ProblemTexts.format(code, locale);
        } else {
            String errorId = UUID.randomUUID().toString();
            LOG.error("CMDB import interrupted by an unexpected error {}", errorId, cause);
            status = 500;
            code = "request.internal-error";
            message = ProblemTexts.format(code, locale, errorId);
        }
        ImportInterruptionJson interruption = new ImportInterruptionJson(report.rowsImported(), stop.firstLine(),
                stop.lastLine(), code, message);
        ApiException problem = ApiException.withMembers(status, INTERRUPTED,
                ImportReportJson.of(report, locale, interruption), report.rowsImported(), stop.firstLine(),
                stop.lastLine());
        return status == 503 ? problem.withHeader("Retry-After", ApiException.STORAGE_RETRY_AFTER) : problem;
    }

    private static Charset charset(String name, Fields fields) {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException unknown) {
            fields.check(false, "charset", "field.unknown-charset");
            return null;
        }
    }
}
