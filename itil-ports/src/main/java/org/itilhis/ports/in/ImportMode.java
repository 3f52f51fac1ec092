package org.itilhis.ports.in;

/** What a CSV import of configuration items writes when some rows are invalid. */
public enum ImportMode {
    /** Nothing is written unless every row (and the header) is valid: the file goes in whole or not at all. */
    ALL_OR_NOTHING,
    /** The valid rows are written, the invalid ones reported and left out. */
    VALID_ROWS_ONLY
}
