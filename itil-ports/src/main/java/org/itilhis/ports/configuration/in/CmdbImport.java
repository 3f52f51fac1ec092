package org.itilhis.ports.configuration.in;

import java.io.InputStream;
import org.itilhis.core.shared.Actor;

/**
 * Bulk import of configuration items from CSV, as hospitals export their asset lists from
 * spreadsheets: one header row naming the columns (field codes such as {@code assetTag},
 * Chinese headers such as 资产标签, or attribute codes of the items' classes), then one row
 * per item. Each row registers the item with its asset tag, or brings the stored item with
 * that tag in line with the row, so importing the same file again changes nothing.
 *
 * <p>Every problem of every row is reported at once, with the physical line of the row, the
 * column as the file names it and the reason ({@link RowProblem}); the {@link ImportMode}
 * says whether anything is written when there are problems. A file that cannot be read as a
 * whole writes nothing, and in {@link ImportMode#ALL_OR_NOTHING} mode every row is validated
 * before the first is written.
 *
 * <p>The rows are written in batches of {@link ImportOptions#batchRows()}, each batch in a
 * transaction of its own, so that a file of 100,000 rows never holds a connection or locks
 * for long and the service desk keeps working beside it. A batch that fails to be written
 * stops the import: the batches before it stay written, and the report says where it stopped
 * ({@link ImportReport#interruption()}). As every row is an upsert by asset tag that records
 * nothing for an item already as the row says, importing the same file again completes an
 * interrupted import.
 */
public interface CmdbImport {
    /**
     * Reads {@code csv} to its end (the caller closes it) and imports its rows.
     *
     * @return how many rows were read, created, updated and left unchanged, every problem, and
     *         the batch that stopped the import if one failed to be written
     * @throws org.itilhis.core.access.NotPermittedException unless the actor may manage the CMDB
     */
    ImportReport importCsv(Actor actor, InputStream csv, ImportOptions options);
}
