package org.itilhis.adapters.jdbc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.junit.jupiter.api.Test;

/**
 * Who the storage connects as, and the runtime grants scripts kept in step with the
 * migrations: a table or sequence a new migration creates and the scripts do not name would
 * leave the runtime user without it, and the first command needing it would fail.
 */
class DatabaseRolesTest {
    private static final Pattern CREATED = Pattern.compile("CREATE (TABLE|SEQUENCE) (\\w+)");
    private static final Pattern DROPPED = Pattern.compile("DROP TABLE (\\w+)");

    @Test
    void oneUserMigratesAndRunsTheCommands() {
        JdbcDataSource dataSource = new JdbcDataSource();

        DatabaseRoles roles = DatabaseRoles.oneUser(dataSource);

        assertThat(roles.owner()).isSameAs(roles.runtime()).isSameAs(dataSource);
        assertThat(roles.separate()).isFalse();
        assertThat(DatabaseRoles.ownerAndRuntime(dataSource, new JdbcDataSource()).separate()).isTrue();
    }

    @Test
    void anOwnerAndARuntimeUserOnOneDataSourceAreRefused() {
        JdbcDataSource dataSource = new JdbcDataSource();

        assertThatThrownBy(() -> DatabaseRoles.ownerAndRuntime(dataSource, dataSource))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use oneUser");
    }

    @Test
    void h2HasNoRuntimeGrants() {
        assertThatThrownBy(() -> DatabaseRoles.runtimeGrantsScript(Dialect.H2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no column privileges");
    }

    @Test
    void eachGrantsScriptNamesEveryTableAndSequenceTheMigrationsLeave() throws Exception {
        for (Dialect dialect : Set.of(Dialect.POSTGRESQL, Dialect.MARIADB)) {
            String grants = grants(resource(DatabaseRoles.runtimeGrantsScript(dialect)));
            Set<String> objects = objectsOfTheMigrations(dialect);

            assertThat(objects).contains("event", "event_chain", "scheduled_tasks", "cmdb_revision_seq")
                    .doesNotContain("ticket_counter", "event_append_lock");
            assertThat(objects).allSatisfy(name -> assertThat(grants)
                    .as("the %s grants name %s", dialect, name)
                    .containsPattern("\\b" + name + "\\b"));
            assertThat(grants).contains("ON flyway_schema_history TO itilhis_runtime");
        }
    }

    /** The tables and sequences the migrations of {@code dialect} create and do not drop again. */
    private static Set<String> objectsOfTheMigrations(Dialect dialect) throws IOException, URISyntaxException {
        Set<String> created = new TreeSet<>();
        Set<String> dropped = new TreeSet<>();
        for (String location : dialect.migrationLocations()) {
            Path folder = Path.of(DatabaseRolesTest.class.getClassLoader()
                    .getResource(location.substring("classpath:".length())).toURI());
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    String sql = Files.readString(file, UTF_8);
                    Matcher creates = CREATED.matcher(sql);
                    while (creates.find()) {
                        created.add(creates.group(2));
                    }
                    Matcher drops = DROPPED.matcher(sql);
                    while (drops.find()) {
                        dropped.add(drops.group(1));
                    }
                }
            }
        }
        created.removeAll(dropped);
        return created;
    }

    /** The GRANT statements of a script, without its comments. */
    private static String grants(String script) {
        String code = Pattern.compile("^\\s*--.*$", Pattern.MULTILINE).matcher(script).replaceAll("");
        return Stream.of(code.split(";")).map(String::strip).filter(statement -> statement.startsWith("GRANT"))
                .collect(Collectors.joining(";\n"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DatabaseRolesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), UTF_8);
        }
    }
}
