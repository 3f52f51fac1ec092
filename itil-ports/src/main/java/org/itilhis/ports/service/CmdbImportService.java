package org.itilhis.ports.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.itilhis.core.access.Permission;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.in.CmdbImport;
import org.itilhis.ports.in.ImportMode;
import org.itilhis.ports.in.ImportOptions;
import org.itilhis.ports.in.ImportReport;
import org.itilhis.ports.in.RowProblem;
import org.itilhis.ports.service.ImportRowReader.ValidRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Implements {@link CmdbImport}: permission first, then the file is decoded and parsed as
 * RFC 4180 CSV by Commons CSV (quoted fields may hold commas, quotes and line breaks), its
 * header read, and in one transaction every row validated and, as the mode allows, written
 * through {@link CmdbService}'s upsert by asset tag, which records no event for an item
 * that is already as the row says. A file that cannot be read as a whole (not text in its
 * character set, malformed CSV, no rows, a required column missing or doubled) writes
 * nothing in either mode. The rows are validated against everything the upsert checks, so
 * a refusal while writing would be a bug or a race; it rolls the whole import back and
 * reaches the caller as it is.
 */
public final class CmdbImportService implements CmdbImport {
    private static final Logger LOG = LoggerFactory.getLogger(CmdbImportService.class);
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final CmdbPorts ports;
    private final CmdbSettings cmdb;
    private final CmdbService items;
    private final Validator validator;

    CmdbImportService(CmdbPorts ports, CmdbSettings cmdb, CmdbService items, Validator validator) {
        this.ports = checkNotNull(ports, "ports");
        this.cmdb = checkNotNull(cmdb, "cmdb");
        this.items = checkNotNull(items, "items");
        this.validator = checkNotNull(validator, "validator");
    }

    /** A record of the file and the physical line it starts on. */
    private record Row(int line, List<String> cells) {
        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    @Override
    public ImportReport importCsv(Actor actor, InputStream csv, ImportOptions options) {
        checkNotNull(csv, "csv");
        checkNotNull(options, "options");
        items.authorise(actor, Permission.MANAGE_CMDB);
        byte[] bytes = readAll(csv);
        CsvText text;
        try {
            text = CsvText.decode(bytes, options.charset());
        } catch (CharacterCodingException e) {
            Charset charset = options.charset().orElseGet(() -> CsvText.detect(bytes));
            return nothingWritten(charset, 0, List.of(RowProblem.of(1, "", "cmdb.import.undecodable", charset.name())));
        }
        List<RowProblem> problems = new ArrayList<>();
        List<Row> rows = parse(text, problems);
        boolean wholeFileReadable = problems.isEmpty();
        if (rows.isEmpty()) {
            if (wholeFileReadable) {
                problems.add(RowProblem.of(1, "", "cmdb.import.empty-file"));
            }
            return nothingWritten(text.charset(), 0, problems);
        }
        Row header = rows.get(0);
        Optional<ImportColumns> columns = ImportColumns.read(header.cells(), header.line(), options, cmdb.classes(),
                problems);
        List<Row> itemRows = rows.subList(1, rows.size()).stream().filter(row -> !row.isBlank()).toList();
        if (itemRows.isEmpty() && wholeFileReadable) {
            problems.add(RowProblem.of(header.line(), "", "cmdb.import.no-rows"));
        }
        if (columns.isEmpty() || itemRows.isEmpty()) {
            return nothingWritten(text.charset(), itemRows.size(), problems);
        }
        ImportReport report = ports.desk().transactions().inTransaction(() -> validateAndWrite(actor,
                text.charset(), columns.get(), itemRows, options.mode(), wholeFileReadable, problems));
        LOG.info("CMDB import by {} ({}, {}): {} rows, {} created, {} updated, {} unchanged, {} problems",
                actor.staffId(), options.mode(), report.charset(), report.rowsRead(), report.created(),
                report.updated(), report.unchanged(), report.problems().size());
        return report;
    }

    private ImportReport validateAndWrite(Actor actor, Charset charset, ImportColumns columns, List<Row> rows,
                                          ImportMode mode, boolean wholeFileReadable, List<RowProblem> problems) {
        ImportRowReader reader = new ImportRowReader(columns, cmdb.classes(), validator, ports.items());
        List<ValidRow> valid = new ArrayList<>();
        for (Row row : rows) {
            reader.read(row.line(), row.cells(), problems).ifPresent(valid::add);
        }
        boolean write = wholeFileReadable && (mode == ImportMode.VALID_ROWS_ONLY || problems.isEmpty());
        if (!write) {
            return nothingWritten(charset, rows.size(), problems);
        }
        int[] counts = new int[CmdbService.Upsert.values().length];
        for (ValidRow row : valid) {
            counts[items.upsert(actor, row.classCode(), row.data(), row.status()).ordinal()]++;
        }
        int created = counts[CmdbService.Upsert.CREATED.ordinal()];
        int updated = counts[CmdbService.Upsert.UPDATED.ordinal()];
        return new ImportReport(charset, rows.size(), created, updated, counts[CmdbService.Upsert.UNCHANGED.ordinal()],
                created + updated > 0, sorted(problems));
    }

    /**
     * The records of the file with their lines. A malformed record (a quote not closed, text
     * after a closing quote) ends the reading with a problem on the line where it starts.
     */
    private static List<Row> parse(CsvText text, List<RowProblem> problems) {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSV.parse(new StringReader(text.text()))) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long linesBefore = parser.getCurrentLineNumber();
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    CSVRecord record = records.next();
                    rows.add(new Row(text.lineOfRecordAt(record.getCharacterPosition()), record.toList()));
                } catch (UncheckedIOException | IllegalStateException malformed) {
                    problems.add(RowProblem.of((int) linesBefore + 1, "", "cmdb.import.malformed-csv"));
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading CSV from memory", e);
        }
        return rows;
    }

    private static ImportReport nothingWritten(Charset charset, int rowsRead, List<RowProblem> problems) {
        return new ImportReport(charset, rowsRead, 0, 0, 0, false, sorted(problems));
    }

    /** In file order: by line, and within a line as found. */
    private static ImmutableList<RowProblem> sorted(List<RowProblem> problems) {
        return problems.stream().sorted(Comparator.comparingInt(RowProblem::line))
                .collect(ImmutableList.toImmutableList());
    }

    private static byte[] readAll(InputStream csv) {
        try {
            return csv.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the CSV file to import", e);
        }
    }
}
