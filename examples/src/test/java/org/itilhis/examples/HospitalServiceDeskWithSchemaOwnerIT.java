package org.itilhis.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.itilhis.adapters.jdbc.DatabaseRoles;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.testkit.database.DatabaseServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hospital service desk on PostgreSQL as docs/database-roles.md installs it: a schema owned
 * by an owner role, which migrates; the shipped grants for a runtime role; the service desk run
 * with {@code ITILHIS_DB_OWNER_USER} for the owner and {@code ITILHIS_DB_USER} for an
 * application user of the runtime role, who works the desk but may not change the audit trail.
 */
class HospitalServiceDeskWithSchemaOwnerIT {
    private static final DatabaseServer SERVER = DatabaseServer.POSTGRESQL;
    private static final String SCRIPT_ROLE = "itilhis_runtime";

    private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final String schema = "itilhis_own_" + suffix;
    private final String owner = "itilhis_owner_" + suffix;
    private final String runtimeRole = "itilhis_rt_" + suffix;
    private final String application = "itilhis_app_" + suffix;
    private final String ownerPassword = "owner-" + suffix;
    private final String applicationPassword = "app-" + suffix;

    @TempDir
    Path data;

    @BeforeEach
    void roles() {
        SERVER.scratch("itilhis_probe").close(); // skips when told to, says how to start the server when it is down
        asAdmin("CREATE ROLE " + owner + " LOGIN PASSWORD '" + ownerPassword + "'",
                "CREATE SCHEMA " + schema + " AUTHORIZATION " + owner,
                "CREATE ROLE " + runtimeRole + " NOLOGIN",
                "CREATE ROLE " + application + " LOGIN PASSWORD '" + applicationPassword + "' IN ROLE " + runtimeRole);
    }

    @AfterEach
    void dropRoles() {
        asAdmin("DROP SCHEMA IF EXISTS " + schema + " CASCADE", "DROP ROLE IF EXISTS " + application,
                "DROP ROLE IF EXISTS " + runtimeRole, "DROP ROLE IF EXISTS " + owner);
    }

    @Test
    void theOwnerMigratesAndTheApplicationUserWorksTheDeskWithoutRewritingTheAuditTrail() throws Exception {
        Path ownerSecret = Files.writeString(data.resolve("owner-password"), ownerPassword + "\n");
        Path applicationSecret = Files.writeString(data.resolve("app-password"), applicationPassword + "\n");
        // the first start migrates as the owner, then stops at the check: the grants are not there yet
        assertThatThrownBy(() -> HospitalServiceDesk.start(configuration(ownerSecret, applicationSecret)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("grants");
        runGrantsAsOwner();

        try (HospitalServiceDesk desk = HospitalServiceDesk.start(configuration(ownerSecret, applicationSecret))) {
            DeskClient client = new DeskClient(desk);
            String contact = client.logContact("call-1", DeskClient.call("C2001", "outpatient-registration",
                    "Registration window 3 cannot register")).get("id").asText();
            assertThat(client.raise(contact, "raise-1", DeskClient.registrationIncident()).status()).isEqualTo(201);
        }

        try (Connection app = DriverManager.getConnection(url(), application, applicationPassword);
             Statement statement = app.createStatement()) {
            assertThat(count(statement, "SELECT count(*) FROM event")).isPositive();
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE event SET payload = payload"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM event"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    private ServerConfiguration configuration(Path ownerSecret, Path applicationSecret) {
        return ServerConfiguration.of(Map.of("ITILHIS_PORT", "0", "ITILHIS_DATA_DIR", data.toString(),
                "ITILHIS_DB_URL", url(), "ITILHIS_DB_USER", application,
                "ITILHIS_DB_PASSWORD_FILE", applicationSecret.toString(),
                "ITILHIS_DB_OWNER_USER", owner, "ITILHIS_DB_OWNER_PASSWORD_FILE", ownerSecret.toString()));
    }

    private String url() {
        String base = SERVER.url();
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
    }

    /** The shipped script, for this test's runtime role, as the owner with the schema first in the path. */
    private void runGrantsAsOwner() throws SQLException, IOException {
        String script;
        try (InputStream in = DatabaseRoles.class.getClassLoader()
                .getResourceAsStream(DatabaseRoles.runtimeGrantsScript(Dialect.POSTGRESQL))) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(SCRIPT_ROLE, runtimeRole);
        }
        try (Connection connection = DriverManager.getConnection(url(), owner, ownerPassword);
             Statement statement = connection.createStatement()) {
            statement.execute(script);
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void asAdmin(String... statements) {
        try (Connection connection = DriverManager.getConnection(SERVER.url(), SERVER.user(), SERVER.password());
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("setting up the roles failed: " + failure.getMessage(), failure);
        }
    }
}
