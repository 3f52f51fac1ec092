package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A test class that runs against its own isolated database: created before its first
 * test, dropped after its last. Subclasses name the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatabaseIT {
    protected IsolatedDatabase db;
    protected JdbcServiceDeskStorage storage;

    protected abstract DatabaseServer database();

    @BeforeAll
    void createDatabase() {
        db = IsolatedDatabase.of(database());
        storage = db.storage();
    }

    @AfterAll
    void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }
}
