package org.itilhis.ports.configuration.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
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
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.itilhis.core.access.Permission;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.configuration.in.CmdbImport;
import org.itilhis.ports.configuration.in.ImportMode;
import org.itilhis.ports.configuration.in.ImportOptions;
import org.itilhis.ports.configuration.in.ImportReport.Interruption;
import org.itilhis.ports.configuration.in.ImportReport;
import org.itilhis.ports.configuration.in.RowProblem;
import org.itilhis.ports.configuration.service.ImportRowReader.ValidRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Implements {@link CmdbImport}: permission first, then the file is decoded and parsed as
 * RFC 4180 CSV by Commons CSV (quoted fields may hold commas, quotes and line breaks) and its
 * header read; then its rows are validated and, as the mode allows, written through
 * {@link CmdbService}'s upsert by asset tag, which records no event for an item that is
 * already as the row says. A file that cannot be read as a whole (not text in its character
 * set, malformed CSV, no rows, a required column missing or doubled) writes nothing in either
 * mode.
 *
 * <p>No transaction spans the file: rows are read and written {@link ImportOptions#batchRows()}
 * at a time, each batch in a transaction of its own, so a file of 100,000 rows holds a pooled
 * connection for one batch at a time and other requests go on beside it. In all-or-nothing
 * mode every row is validated first (in batches that only read) and written only if none has a
 * problem; in valid-rows-only mode each batch is validated and written in one transaction.
 * The rows are validated against everything the upsert checks, so a batch that fails to be
 * written met a storage failure, a race (an item changed or registered since its row was
 * validated) or a bug: its transaction rolls back, the import stops there, and the report
 * counts what the batches before it wrote and names the batch's lines
 * ({@link ImportReport.Interruption}). Importing the same file again completes it, as the
 * rows already imported are found unchanged.
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
        ImportRowReader reader = new ImportRowReader(columns.get(), cmdb.classes(), validator, ports.items());
        Written written = wholeFileReadable && options.mode() == ImportMode.VALID_ROWS_ONLY
                ? inBatches(itemRows, options.batchRows(), Row::line,
                        row -> reader.read(row.line(), row.cells(), problems).map(valid -> upsert(actor, valid)))
                : validateThenWrite(actor, reader, itemRows, options.batchRows(), wholeFileReadable, problems);
        ImportReport report = new ImportReport(text.charset(), itemRows.size(), written.created, written.updated,
                written.unchanged, written.created + written.updated > 0, sorted(problems), written.interruption);
        log(actor, options, report);
        return report;
    }

    /**
     * Validates every row, a batch per read-only transaction, then writes them in batches if
     * the whole file is readable and no row has a problem. A storage failure while validating
     * reaches the caller as it is: nothing was written.
     */
    private Written validateThenWrite(Actor actor, ImportRowReader reader, List<Row> rows, int batchRows,
                                      boolean wholeFileReadable, List<RowProblem> problems) {
        List<ValidRow> valid = new ArrayList<>(rows.size());
        for (List<Row> batch : Lists.partition(rows, batchRows)) {
            ports.desk().transactions().inTransaction(() -> {
                batch.forEach(row -> reader.read(row.line(), row.cells(), problems).ifPresent(valid::add));
                return null;
            });
        }
        if (!wholeFileReadable || !problems.isEmpty()) {
            return new Written();
        }
        return inBatches(valid, batchRows, ValidRow::line, row -> Optional.of(upsert(actor, row)));
    }

    /**
     * Hands the rows to {@code step}, {@code batchRows} at a time, each batch in a transaction;
     * {@code step} answers what it did with a row, or nothing when it left the row out. The
     * first batch that throws is rolled back and stops the writing.
     */
    private <T> Written inBatches(List<T> rows, int batchRows, ToIntFunction<T> lineOf,
                                  Function<T, Optional<CmdbService.Upsert>> step) {
        Written written = new Written();
        for (List<T> batch : Lists.partition(rows, batchRows)) {
            try {
                written.add(ports.desk().transactions().inTransaction(() -> {
                    int[] counts = new int[CmdbService.Upsert.values().length];
                    batch.forEach(row -> step.apply(row).ifPresent(upsert -> counts[upsert.ordinal()]++));
                    return counts;
                }));
            } catch (RuntimeException failure) {
                written.interruption = Optional.of(new Interruption(lineOf.applyAsInt(batch.get(0)),
                        lineOf.applyAsInt(batch.get(batch.size() - 1)), failure));
                break;
            }
        }
        return written;
    }

    private CmdbService.Upsert upsert(Actor actor, ValidRow row) {
        return items.upsert(actor, row.classCode(), row.data(), row.status(), row.storedVersion());
    }

    /** What the committed batches wrote, and the batch that stopped the writing, if one did. */
    private static final class Written {
        int created;
        int updated;
        int unchanged;
        Optional<Interruption> interruption = Optional.empty();

        void add(int[] counts) {
            created += counts[CmdbService.Upsert.CREATED.ordinal()];
            updated += counts[CmdbService.Upsert.UPDATED.ordinal()];
            unchanged += counts[CmdbService.Upsert.UNCHANGED.ordinal()];
        }
    }

    private static void log(Actor actor, ImportOptions options, ImportReport report) {
        LOG.info("CMDB import by {} ({}, {}): {} rows, {} created, {} updated, {} unchanged, {} problems",
                actor.staffId(), options.mode(), report.charset(), report.rowsRead(), report.created(),
                report.updated(), report.unchanged(), report.problems().size());
        report.interruption().ifPresent(stop -> LOG.warn("CMDB import by {} stopped: the batch of the rows on lines {}"
                + " to {} failed and was rolled back; the {} rows before it stay imported, the rows after it were not"
                + " tried; importing the same file again completes it", actor.staffId(), stop.firstLine(),
                stop.lastLine(), report.rowsImported(), stop.cause()));
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
