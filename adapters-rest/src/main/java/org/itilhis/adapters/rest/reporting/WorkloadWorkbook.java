package org.itilhis.adapters.rest.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The workload report as an Excel workbook (Office Open XML, .xlsx), written with fastexcel as
 * it streams out: one sheet per view in the order of {@link WorkloadView}, named and headed in
 * the reader's language, its header row bold and frozen; numbers as numbers (whole or decimal),
 * a rate of nothing as an empty cell.
 */
final class WorkloadWorkbook {
    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String APPLICATION = "itilhis";
    /** The application version the workbook's properties name; fastexcel wants digits.digits. */
    private static final String VERSION = "1.0";
    private static final double KEY_WIDTH = 24;
    private static final double FIGURE_WIDTH = 14;
    private static final double TEXT_WIDTH = 100;

    private WorkloadWorkbook() {
    }

    static void write(List<WorkloadSheets.Sheet> sheets, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, APPLICATION, VERSION);
        for (WorkloadSheets.Sheet sheet : sheets) {
            Worksheet worksheet = workbook.newWorksheet(sheet.name());
            List<String> headers = sheet.headers();
            for (int c = 0; c < headers.size(); c++) {
                worksheet.value(0, c, headers.get(c));
                worksheet.width(c, c == 0 ? KEY_WIDTH : sheet.view() == WorkloadView.RULES ? TEXT_WIDTH : FIGURE_WIDTH);
            }
            worksheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
            worksheet.freezePane(1, 1);
            for (int r = 0; r < sheet.rows().size(); r++) {
                List<Object> row = sheet.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    cell(worksheet, r + 1, c, row.get(c));
                }
            }
            worksheet.finish();
        }
        workbook.finish();
    }

    private static void cell(Worksheet worksheet, int row, int column, Object value) {
        if (value instanceof Number number) {
            worksheet.value(row, column, number);
        } else if (value != null) {
            worksheet.value(row, column, value.toString());
        }
    }
}
