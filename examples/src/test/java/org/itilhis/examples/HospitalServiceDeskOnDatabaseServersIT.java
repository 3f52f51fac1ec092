package org.itilhis.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.testkit.database.DatabaseServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hospital service desk configured for PostgreSQL and for MariaDB, as the README says
 * ({@code ITILHIS_DB_URL}, {@code ITILHIS_DB_USER}, {@code ITILHIS_DB_PASSWORD}), each in a
 * fresh schema or database of the local server: part of the story over HTTP, a restart, and
 * everything found again.
 */
class HospitalServiceDeskOnDatabaseServersIT {
    @TempDir
    Path data;

    @Test
    void runsOnPostgresql() {
        runsOn(DatabaseServer.POSTGRESQL, Dialect.POSTGRESQL);
    }

    @Test
    void runsOnMariaDb() {
        runsOn(DatabaseServer.MARIADB, Dialect.MARIADB);
    }

    private void runsOn(DatabaseServer server, Dialect expected) {
        try (DatabaseServer.Scratch scratch = server.scratch("itilhis_ex")) {
            ServerConfiguration configuration = ServerConfiguration.of(Map.of("ITILHIS_PORT", "0",
                    "ITILHIS_DATA_DIR", data.toString(), "ITILHIS_DB_URL", scratch.url(),
                    "ITILHIS_DB_USER", scratch.user(), "ITILHIS_DB_PASSWORD", scratch.password()));
            RestartScenario scenario = new RestartScenario();
            try (HospitalServiceDesk first = HospitalServiceDesk.start(configuration)) {
                assertThat(first.dialect()).isEqualTo(expected);
                scenario.beforeRestart(new DeskClient(first));
            }
            try (HospitalServiceDesk second = HospitalServiceDesk.start(configuration)) {
                scenario.afterRestart(new DeskClient(second));
            }
        }
    }
}
