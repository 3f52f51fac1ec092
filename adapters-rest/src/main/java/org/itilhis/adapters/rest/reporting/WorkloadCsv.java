package org.itilhis.adapters.rest.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One view of the workload report as CSV (RFC 4180, CRLF line ends, UTF-8): the header row in
 * the reader's language, then a row per engineer, group, department or month and the total.
 * The file starts with a byte order mark, without which the spreadsheet programs the hospital's
 * offices use read Chinese headers as mojibake; decimals are written with a point, a rate of
 * nothing as an empty cell.
 */
final class WorkloadCsv {
    /** RFC 4180's media type, with the charset the file is written in. */
    static final String MEDIA_TYPE = "text/csv";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private WorkloadCsv() {
    }

    static void write(WorkloadSheets.Sheet sheet, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            csv.printRecord(sheet.headers());
            for (List<Object> row : sheet.rows()) {
                csv.printRecord(row.stream().map(cell -> cell == null ? "" : cell.toString()).toList());
            }
        }
    }
}
