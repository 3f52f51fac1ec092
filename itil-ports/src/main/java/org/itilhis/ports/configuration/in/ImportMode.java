package org.itilhis.ports.configuration.in;

/** What a CSV import of configuration items writes when some rows are invalid. */
public enum ImportMode {
    /**
     * Nothing is written unless every row (and the header) is valid: every row is validated
     * before the first is written, so a file with problems goes in not at all. A valid file is
     * then written in batches; if one fails to be written, the batches before it stay written
     * and the report says where the import stopped ({@link ImportReport#interruption()}).
     */
    ALL_OR_NOTHING,
    /**
     * The valid rows are written, the invalid ones reported and left out. Each batch of rows is
     * validated and written in one transaction; an import stopped by a batch that failed to be
     * written has not validated the rows after it.
     */
    VALID_ROWS_ONLY
}
