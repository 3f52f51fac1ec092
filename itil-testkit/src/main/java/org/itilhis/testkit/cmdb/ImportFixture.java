package org.itilhis.testkit.cmdb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The CSV files of {@code org/itilhis/testkit/cmdb} on the class path. The three inventories
 * hold the same {@value #INVENTORY_ROWS} items of a hospital's estate (servers, storage,
 * network, workstations, printers, HIS, EMR, LIS, PACS, a database, middleware and business
 * services): {@link #INVENTORY} with the field codes as headers, {@link #INVENTORY_WITH_BOM}
 * the same bytes after a UTF-8 byte order mark, {@link #INVENTORY_GB18030} in GB18030 with
 * Chinese headers, classes, criticalities and states. {@link #INVENTORY_WITH_ERRORS} has a
 * deliberate error in each kind of column, and two valid rows with quoted commas and line
 * breaks; one of its rows turns an item of {@link #INVENTORY} into another class.
 */
public enum ImportFixture {
    INVENTORY("inventory.csv"),
    INVENTORY_WITH_BOM("inventory-bom.csv"),
    INVENTORY_GB18030("inventory-gb18030.csv"),
    INVENTORY_WITH_ERRORS("inventory-with-errors.csv");

    /** How many items each inventory holds. */
    public static final int INVENTORY_ROWS = 22;

    private final String file;

    ImportFixture(String file) {
        this.file = file;
    }

    /** The file's name in {@code org/itilhis/testkit/cmdb}. */
    public String fileName() {
        return file;
    }

    /** A new stream of the file's bytes; the caller closes it. */
    public InputStream open() {
        InputStream in = ImportFixture.class.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("the fixture " + file + " is not on the class path");
        }
        return in;
    }

    /** The file's bytes. */
    public byte[] bytes() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
