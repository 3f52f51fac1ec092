package org.itilhis.adapters.rest.resource;

import java.nio.charset.Charset;
import java.util.Locale;
import org.itilhis.adapters.rest.json.CmdbNames;
import org.itilhis.adapters.rest.json.Fields;
import org.itilhis.adapters.rest.json.ImportReportJson;
import org.itilhis.adapters.rest.problem.ApiException;
import org.itilhis.ports.in.ImportMode;
import org.itilhis.ports.in.ImportOptions;
import org.itilhis.ports.in.ImportReport;

/**
 * The CSV import over HTTP ({@code POST /cis/import}): its query parameters turned into
 * {@link ImportOptions} (every malformed one named at once, 400), and the port's report turned
 * into the answer. An import that took no row in because of its problems (any problem in
 * all-or-nothing mode, a file that cannot be read as a whole, or no valid row at all) is
 * refused: 422 whose problem document carries the report; any other import answers the report.
 */
final class CiImports {
    /** The media type of a CSV file (RFC 4180). */
    static final String TEXT_CSV = "text/csv";
    static final String REFUSED = "cmdb.import-refused";

    private CiImports() {
    }

    /**
     * @param mode    {@code all-or-nothing} (also when absent) or {@code valid-rows-only}, or the constants
     * @param charset the file's character set, or {@code null} to detect UTF-8 (with or without BOM) or GB18030
     */
    static ImportOptions options(String mode, String charset) {
        Fields fields = new Fields();
        ImportMode importMode = mode == null ? ImportMode.ALL_OR_NOTHING
                : CmdbNames.parse(ImportMode.class, "mode", mode, fields);
        Charset fileCharset = charset == null ? null : charset(charset, fields);
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        ImportOptions options = importMode == ImportMode.ALL_OR_NOTHING ? ImportOptions.allOrNothing()
                : ImportOptions.validRowsOnly();
        return fileCharset == null ? options : options.withCharset(fileCharset);
    }

    /**
     * The report in the reader's language.
     *
     * @throws ApiException (422, {@value #REFUSED}) with the report, when no row went in because of problems
     */
    static ImportReportJson answer(ImportReport report, Locale locale) {
        ImportReportJson json = ImportReportJson.of(report, locale);
        boolean noRowTaken = report.created() + report.updated() + report.unchanged() == 0;
        if (!report.isClean() && noRowTaken) {
            throw ApiException.withMembers(422, REFUSED, json, report.problems().size());
        }
        return json;
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
