package org.itilhis.ports.archfixture;

import java.io.IOException;
import java.io.Reader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/** Allowed: reading CSV with Commons CSV itself, as the CMDB import does. */
public final class CsvRows {
    private CsvRows() {
    }

    public static CSVParser rows(Reader reader) throws IOException {
        return CSVFormat.RFC4180.parse(reader);
    }
}
