package org.itilhis.ports.in;

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
 * says whether anything is written when there are problems. The import is one transaction.
 */
public interface CmdbImport {
    /**
     * Reads {@code csv} to its end (the caller closes it) and imports its rows.
     *
     * @return how many rows were read, created, updated and left unchanged, and every problem
     * @throws org.itilhis.core.access.NotPermittedException unless the actor may manage the CMDB
     */
    ImportReport importCsv(Actor actor, InputStream csv, ImportOptions options);
}
