package org.itilhis.ports.configuration.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterators;
import com.google.common.primitives.ImmutableLongArray;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.PrimitiveIterator;
import java.util.function.Function;
import org.itilhis.core.access.Permission;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.configuration.in.CmdbImport;
import org.itilhis.ports.configuration.in.ImportMode;
import org.itilhis.ports.configuration.in.ImportOptions;
import org.itilhis.ports.configuration.in.ImportReport.Interruption;
import org.itilhis.ports.configuration.in.ImportReport;
import org.itilhis.ports.configuration.in.RowProblem;
import org.itilhis.ports.configuration.service.ImportFile.Row;
import org.itilhis.ports.configuration.service.ImportRowReader.ValidRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Implements {@link CmdbImport}: permission first, then the file is copied to a temporary
 * file as it arrives ({@link ImportFile}, its character set checked on the way), and read
 * from there in passes, so that no file is ever held in memory: the first pass checks that it
 * parses as RFC 4180 CSV to its end and counts its rows; then its rows are validated and, as
 * the mode allows, written through
 * {@link CmdbService}'s upsert by asset tag, which records no event for an item that is
 * already as the row says. A file that cannot be read as a whole (not text in its character
 * set, malformed CSV, no rows, a required column missing or doubled) writes nothing in either
 * mode.
 *
 * <p>No transaction spans the file: rows are read and written {@link ImportOptions#batchRows()}
 * at a time, each batch in a transaction of its own, so a file of 100,000 rows holds a pooled
 * connection for one batch at a time and other requests go on beside it. In all-or-nothing
 * mode every row is validated first (in batches that only read) and written, in a third pass,
 * only if none has a problem, each against the version of the stored item it was validated
 * with (kept as one number per row); in valid-rows-only mode each batch is validated and
 * written in one transaction.
 * The rows are validated against everything the upsert checks, so a batch that fails to be
 * written met a storage failure, a race (an item changed or registered since its row was
 * validated) or a bug: its transaction rolls back, the import stops there, and the report
 * counts what the batches before it wrote and names the batch's lines
 * ({@link ImportReport.Interruption}). Importing the same file again completes it, as the
 * rows already imported are found unchanged.
 */
public final class CmdbImportService implements CmdbImport {
    private static final Logger LOG = LoggerFactory.getLogger(CmdbImportService.class);

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

    @Override
    public ImportReport importCsv(Actor actor, InputStream csv, ImportOptions options) {
        checkNotNull(csv, "csv");
        checkNotNull(options, "options");
        items.authorise(actor, Permission.MANAGE_CMDB);
        try (ImportFile file = ImportFile.copyOf(csv, options.charset())) {
            if (!file.isDecodable()) {
                return nothingWritten(file.charset(), 0,
                        List.of(RowProblem.of(1, "", "cmdb.import.undecodable", file.charset().name())));
            }
            ImportReport report = importing(actor, file, options);
            log(actor, options, report);
            return report;
        }
    }

    private ImportReport importing(Actor actor, ImportFile file, ImportOptions options) {
        List<RowProblem> problems = new ArrayList<>();
        Outline outline = Outline.of(file, problems);
        if (outline.header().isEmpty()) {
            if (outline.readable()) {
                problems.add(RowProblem.of(1, "", "cmdb.import.empty-file"));
            }
            return nothingWritten(file.charset(), 0, problems);
        }
        Row header = outline.header().get();
        Optional<ImportColumns> columns = ImportColumns.read(header.cells(), header.line(), options, cmdb.classes(),
                problems);
        if (outline.itemRows() == 0 && outline.readable()) {
            problems.add(RowProblem.of(header.line(), "", "cmdb.import.no-rows"));
        }
        if (columns.isEmpty() || outline.itemRows() == 0) {
            return nothingWritten(file.charset(), outline.itemRows(), problems);
        }
        Written written;
        if (outline.readable() && options.mode() == ImportMode.VALID_ROWS_ONLY) {
            ImportRowReader reader = reader(columns.get());
            written = inBatches(file, options.batchRows(),
                    row -> reader.read(row.line(), row.cells(), problems).map(valid -> upsert(actor, valid)));
        } else {
            written = validateThenWrite(actor, file, columns.get(), options.batchRows(), outline.readable(), problems);
        }
        return new ImportReport(file.charset(), outline.itemRows(), written.created, written.updated,
                written.unchanged, written.created + written.updated > 0, sorted(problems), written.interruption);
    }

    /**
     * A first pass over the file: its header, how many item rows follow it (blank rows are not
     * counted), and whether it parses to its end; if not, the malformed record is a problem.
     */
    private record Outline(Optional<Row> header, int itemRows, boolean readable) {
        static Outline of(ImportFile file, List<RowProblem> problems) {
            try (ImportFile.Records records = file.records()) {
                Optional<Row> header = records.hasNext() ? Optional.of(records.next()) : Optional.empty();
                int itemRows = Iterators.size(nonBlank(records));
                records.malformedAt().ifPresent(line -> problems.add(RowProblem.of(line, "",
                        "cmdb.import.malformed-csv")));
                return new Outline(header, itemRows, records.malformedAt().isEmpty());
            }
        }
    }

    /**
     * Validates every row, a batch per read-only transaction, then writes them in batches if
     * the whole file is readable and no row has a problem: each row read again and written
     * against the version of its stored item it was validated with, so that an item changed
     * since is not overwritten. A storage failure while validating reaches the caller as it
     * is: nothing was written.
     */
    private Written validateThenWrite(Actor actor, ImportFile file, ImportColumns columns, int batchRows,
                                      boolean readable, List<RowProblem> problems) {
        ImportRowReader validating = reader(columns);
        ImmutableLongArray.Builder validatedVersions = ImmutableLongArray.builder();
        try (ImportFile.Records records = file.records()) {
            Iterators.partition(nonBlank(records.skipHeader()), batchRows).forEachRemaining(batch ->
                    ports.desk().transactions().inTransaction(() -> {
                        batch.forEach(row -> validating.read(row.line(), row.cells(), problems)
                                .ifPresent(valid -> validatedVersions.add(valid.storedVersion())));
                        return null;
                    }));
        }
        if (!readable || !problems.isEmpty()) {
            return new Written();
        }
        ImportRowReader writing = reader(columns);
        PrimitiveIterator.OfLong versions = validatedVersions.build().stream().iterator();
        return inBatches(file, batchRows, row -> Optional.of(upsert(actor,
                writing.readAgain(row.line(), row.cells(), versions.nextLong()))));
    }

    /**
     * Hands the file's item rows to {@code step}, {@code batchRows} at a time, each batch in a
     * transaction; {@code step} answers what it did with a row, or nothing when it left the row
     * out. The first batch that throws is rolled back and stops the writing.
     */
    private Written inBatches(ImportFile file, int batchRows, Function<Row, Optional<CmdbService.Upsert>> step) {
        Written written = new Written();
        try (ImportFile.Records records = file.records()) {
            Iterator<List<Row>> batches = Iterators.partition(nonBlank(records.skipHeader()), batchRows);
            while (batches.hasNext()) {
                List<Row> batch = batches.next();
                try {
                    written.add(ports.desk().transactions().inTransaction(() -> {
                        int[] counts = new int[CmdbService.Upsert.values().length];
                        batch.forEach(row -> step.apply(row).ifPresent(upsert -> counts[upsert.ordinal()]++));
                        return counts;
                    }));
                } catch (RuntimeException failure) {
                    written.interruption = Optional.of(new Interruption(batch.get(0).line(),
                            batch.get(batch.size() - 1).line(), failure));
                    break;
                }
            }
        }
        return written;
    }

    /** The rows {@code records} has left that are not blank. */
    private static Iterator<Row> nonBlank(Iterator<Row> records) {
        return Iterators.filter(records, row -> !row.isBlank());
    }

    private ImportRowReader reader(ImportColumns columns) {
        return new ImportRowReader(columns, cmdb.classes(), validator, ports.items());
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

    private static ImportReport nothingWritten(Charset charset, int rowsRead, List<RowProblem> problems) {
        return new ImportReport(charset, rowsRead, 0, 0, 0, false, sorted(problems));
    }

    /** In file order: by line, and within a line as found. */
    private static ImmutableList<RowProblem> sorted(List<RowProblem> problems) {
        return problems.stream().sorted(Comparator.comparingInt(RowProblem::line))
                .collect(ImmutableList.toImmutableList());
    }
}
