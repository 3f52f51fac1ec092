package org.itilhis.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigurationTest {
    @TempDir
    Path secrets;

    @Test
    void byDefaultItListensOnLoopbackPort8080WithAnH2FileDatabaseUnderData() {
        ServerConfiguration defaults = ServerConfiguration.of(Map.of());

        assertThat(defaults.host()).isEqualTo("127.0.0.1");
        assertThat(defaults.port()).isEqualTo(8080);
        assertThat(defaults.dataDirectory()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(defaults.databaseUrl()).isEqualTo("jdbc:h2:file:" + Path.of("data", "itilhis").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE");
        assertThat(defaults.databaseUser()).isEqualTo("sa");
        assertThat(defaults.databasePassword()).isEmpty();
        assertThat(defaults.poolSize()).isEqualTo(10);
        assertThat(defaults.demoTokenLifetime()).isEqualTo(Duration.ofDays(7));
        assertThat(defaults.idempotencyRetention()).isEqualTo(Duration.ofHours(24));
        assertThat(defaults.idempotencyPurgeInterval()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theIdempotencyRetentionIsSetInHoursAndItsPurgeIntervalInMinutes() {
        ServerConfiguration configured = ServerConfiguration.of(Map.of("ITILHIS_IDEMPOTENCY_HOURS", "2",
                "ITILHIS_IDEMPOTENCY_PURGE_MINUTES", "15"));

        assertThat(configured.idempotencyRetention()).isEqualTo(Duration.ofHours(2));
        assertThat(configured.idempotencyPurgeInterval()).isEqualTo(Duration.ofMinutes(15));
        assertThatThrownBy(() -> ServerConfiguration.of(Map.of("ITILHIS_IDEMPOTENCY_HOURS", "0")))
                .hasMessage("ITILHIS_IDEMPOTENCY_HOURS: idempotency records are kept 1 to 720 hours, not 0");
        assertThatThrownBy(() -> ServerConfiguration.of(Map.of("ITILHIS_IDEMPOTENCY_PURGE_MINUTES", "0")))
                .hasMessage("ITILHIS_IDEMPOTENCY_PURGE_MINUTES: the purge runs every 1 to 1440 minutes, not 0");
    }

    @Test
    void theDemoTokensLifetimeIsSetInDays() {
        assertThat(ServerConfiguration.of(Map.of("ITILHIS_DEMO_TOKEN_DAYS", "30")).demoTokenLifetime())
                .isEqualTo(Duration.ofDays(30));
        assertThatThrownBy(() -> ServerConfiguration.of(Map.of("ITILHIS_DEMO_TOKEN_DAYS", "0")))
                .hasMessage("ITILHIS_DEMO_TOKEN_DAYS: demo tokens are valid 1 to 365 days, not 0");
    }

    @Test
    void environmentVariablesChooseAnotherDatabase() {
        ServerConfiguration postgresql = ServerConfiguration.of(Map.of(
                "ITILHIS_DB_URL", "jdbc:postgresql://db.hospital.internal/itilhis?currentSchema=desk",
                "ITILHIS_DB_USER", "itilhis", "ITILHIS_DB_PASSWORD", "s3cret", "ITILHIS_DB_POOL_SIZE", "20",
                "ITILHIS_HOST", "0.0.0.0", "ITILHIS_PORT", "9090"));

        assertThat(postgresql.databaseUrl()).startsWith("jdbc:postgresql:");
        assertThat(postgresql.databaseUser()).isEqualTo("itilhis");
        assertThat(postgresql.databasePassword()).isEqualTo("s3cret");
        assertThat(postgresql.poolSize()).isEqualTo(20);
        assertThat(postgresql.host()).isEqualTo("0.0.0.0");
        assertThat(postgresql.port()).isEqualTo(9090);
        assertThat(postgresql.databaseShown()).isEqualTo("jdbc:postgresql://db.hospital.internal/itilhis");
        assertThat(postgresql.toString()).doesNotContain("s3cret").doesNotContain("currentSchema");
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironmentVariable() {
        Map<String, String> properties = Map.of("itilhis.port", "7070", "itilhis.db.user", "desk");
        Map<String, String> environment = Map.of("ITILHIS_PORT", "9090", "ITILHIS_HOST", "::1",
                "ITILHIS_DB_URL", "jdbc:mariadb://127.0.0.1:3306/itilhis");

        ServerConfiguration configuration = ServerConfiguration.from(properties::get, environment::get);

        assertThat(configuration.port()).isEqualTo(7070);
        assertThat(configuration.host()).isEqualTo("::1");
        assertThat(configuration.databaseUser()).isEqualTo("desk");
    }

    @Test
    void badValuesAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> ServerConfiguration.of(Map.of("ITILHIS_PORT", "eighty")))
                .hasMessageContaining("ITILHIS_PORT").hasMessageContaining("itilhis.port");
        assertThatThrownBy(() -> ServerConfiguration.of(Map.of("ITILHIS_PORT", "70000")))
                .hasMessageContaining("70000");
        assertThatThrownBy(() -> ServerConfiguration.of(Map.of("ITILHIS_DB_URL", "postgres://db/itilhis")))
                .hasMessageContaining("not a JDBC URL");
        assertThatThrownBy(() -> ServerConfiguration.of(Map.of("ITILHIS_DB_POOL", "5")))
                .hasMessageContaining("unknown setting ITILHIS_DB_POOL");
    }

    @Test
    void theDatabasePasswordIsReadFromAFileLessOneLineBreakAtItsEnd() throws IOException {
        Path file = Files.writeString(secrets.resolve("db-password"), "s3cret \n", StandardCharsets.UTF_8);
        Path windows = Files.writeString(secrets.resolve("db-password-crlf"), "s3cret\r\n", StandardCharsets.UTF_8);
        Path twoLines = Files.writeString(secrets.resolve("db-password-2"), "s3cret\n\n", StandardCharsets.UTF_8);

        assertThat(ServerConfiguration.of(Map.of("ITILHIS_DB_PASSWORD_FILE", file.toString())).databasePassword())
                .as("blanks are part of it").isEqualTo("s3cret ");
        assertThat(ServerConfiguration.of(Map.of("ITILHIS_DB_PASSWORD_FILE", windows.toString())).databasePassword())
                .isEqualTo("s3cret");
        assertThat(ServerConfiguration.of(Map.of("ITILHIS_DB_PASSWORD_FILE", twoLines.toString())).databasePassword())
                .as("only one line break is taken off").isEqualTo("s3cret\n");
    }

    @Test
    void theDatabasePasswordFileMayBeASystemPropertyAndItsPathNeverShows() throws IOException {
        Path file = Files.writeString(secrets.resolve("db-password"), "s3cret\n", StandardCharsets.UTF_8);
        Map<String, String> properties = Map.of("itilhis.db.password-file", file.toString());

        ServerConfiguration configuration = ServerConfiguration.from(properties::get, name -> null);

        assertThat(configuration.databasePassword()).isEqualTo("s3cret");
        assertThat(configuration.toString()).doesNotContain("s3cret");
    }

    @Test
    void anUnreadableOrEmptyPasswordFileIsRefusedNamingTheSetting() throws IOException {
        Path missing = secrets.resolve("no-such-file");
        Path empty = Files.writeString(secrets.resolve("empty"), "\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ServerConfiguration.of(Map.of("ITILHIS_DB_PASSWORD_FILE", missing.toString())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ITILHIS_DB_PASSWORD_FILE (itilhis.db.password-file): the file " + missing
                        + " cannot be read (NoSuchFileException)");
        assertThatThrownBy(() -> ServerConfiguration.of(Map.of("ITILHIS_DB_PASSWORD_FILE", secrets.toString())))
                .as("a directory").hasMessageStartingWith("ITILHIS_DB_PASSWORD_FILE (itilhis.db.password-file): the file "
                        + secrets + " cannot be read");
        assertThatThrownBy(() -> ServerConfiguration.of(Map.of("ITILHIS_DB_PASSWORD_FILE", empty.toString())))
                .hasMessage("ITILHIS_DB_PASSWORD_FILE (itilhis.db.password-file): the file " + empty + " is empty");
    }

    @Test
    void aPasswordAndAPasswordFileTogetherAreRefused() throws IOException {
        Path file = Files.writeString(secrets.resolve("db-password"), "s3cret", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ServerConfiguration.of(Map.of("ITILHIS_DB_PASSWORD", "other",
                "ITILHIS_DB_PASSWORD_FILE", file.toString())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ITILHIS_DB_PASSWORD and ITILHIS_DB_PASSWORD_FILE are both set: give the secret in one"
                        + " of them only")
                .hasMessageNotContaining("other").hasMessageNotContaining("s3cret");
    }
}
