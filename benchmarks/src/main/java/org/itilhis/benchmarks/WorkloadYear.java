package org.itilhis.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.adapters.jdbc.JdbcDataSources;
import org.itilhis.adapters.jdbc.JdbcServiceDeskStorage;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.ChinaMainland;
import org.itilhis.core.priority.Impact;
import org.itilhis.core.priority.PriorityAssessment;
import org.itilhis.core.priority.PriorityFactors;
import org.itilhis.core.priority.PriorityPolicy;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.priority.Urgency;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketSnapshot;
import org.itilhis.ports.common.StorageException;

/**
 * A hospital's year of service desk work in a dedicated PostgreSQL database, bulk-loaded in SQL
 * ({@code workload-year.sql}), never through the API: {@code tickets} tickets raised over 2026
 * (fewer at weekends and on the statutory holidays of {@link ChinaMainland#officeHours()}), 30
 * assignment groups of 10 engineers, 60 departments of 6,000 callers, and about six events per
 * ticket in the event log, the JSON of each exactly what {@link JsonCodec} writes, each ticket's
 * row holding the snapshot its history replays to. After loading, a sample of the tickets is
 * read back through the adapter ({@link org.itilhis.adapters.jdbc.common.JdbcEventLog#history},
 * the ticket repository) and checked: every history replays to the stored snapshot, and every
 * event written again by the codec is the stored JSON; a loader that drifted from the codec
 * fails here, not in a report.
 *
 * <p>The database ({@code ITILHIS_WORKLOAD_URL}, by default {@code
 * jdbc:postgresql://127.0.0.1:5432/itilhis_workload}, as {@code ITILHIS_PG_USER}, by default
 * {@code postgres}) is created when missing and kept: a row of {@code workload_benchmark_load}
 * says which data set it holds, so that the next run reuses it (migrating it to the current
 * schema first). A database holding another data set, or one that cannot be migrated (a
 * migration edited since), is dropped and loaded again. The staff the data were made with (engineer, group,
 * tier, lead, department) are kept in {@code workload_benchmark_staff}.
 */
final class WorkloadYear implements AutoCloseable {
    /** Changes whenever the loader writes something else: a database loaded before is then loaded again. */
    static final String DATA_SET = "hospital-year-2026/2";
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);
    static final ZoneId HOSPITAL = ZoneId.of("Asia/Shanghai");
    private static final String SCRIPT = "workload-year.sql";
    /**
     * The first migration of the workload facts: while the issue is built its migrations may be
     * edited, which Flyway refuses on a database migrated before; the loaded tickets and events
     * do not depend on them, so they are dropped and applied again instead of loading anew.
     */
    private static final int REPORTING_SCHEMA = 25;
    private static final int SAMPLE = 400;
    /** {@code -Dworkload.explain=true}: prints the plan of each generating statement as it runs. */
    private static final boolean EXPLAIN = Boolean.getBoolean("workload.explain");

    private final String url;
    private final String user;
    private final String password;
    private final int tickets;
    private final HikariDataSource pool;
    private final JdbcServiceDeskStorage storage;
    private final Map<String, String> timings = new LinkedHashMap<>();
    private final boolean loadedNow;

    private WorkloadYear(int tickets) {
        this.url = setting("ITILHIS_WORKLOAD_URL").orElse("jdbc:postgresql://127.0.0.1:5432/itilhis_workload");
        this.user = setting("ITILHIS_PG_USER").orElse("postgres");
        this.password = setting("ITILHIS_PG_PASSWORD").orElse("");
        this.tickets = tickets;
        boolean fresh = createDatabase(false);
        HikariDataSource opened = JdbcDataSources.pooled(url, user, password, 4);
        JdbcServiceDeskStorage migrated = null;
        try {
            migrated = JdbcServiceDeskStorage.create(opened);
        } catch (StorageException notMigrated) {
            System.out.printf(Locale.ROOT, "%s cannot be migrated (%s): dropping the workload tables and their "
                    + "migrations (V%s on)%n", url, notMigrated.getMessage(), REPORTING_SCHEMA);
            try {
                dropTheReportingSchema();
                migrated = JdbcServiceDeskStorage.create(opened);
            } catch (RuntimeException stillNot) {
                System.out.printf(Locale.ROOT, "%s still cannot be migrated (%s): loading it again%n", url,
                        stillNot.getMessage());
            }
        }
        if (migrated == null || !fresh && !holdsThisDataSet(opened)) {
            if (migrated != null) {
                migrated.close();
                System.out.printf(Locale.ROOT, "%s holds another data set: loading it again%n", url);
            }
            opened.close();
            createDatabase(true);
            opened = JdbcDataSources.pooled(url, user, password, 4);
            migrated = JdbcServiceDeskStorage.create(opened);
            fresh = true;
        }
        this.pool = opened;
        this.storage = migrated;
        this.loadedNow = fresh;
    }

    /**
     * The year of {@code tickets} tickets in the dedicated database: reused when it holds this
     * data set (migrated to the current schema), else (re)loaded and checked. The caller marks
     * a load done ({@link #markLoaded}) once it has built what it needs on it.
     *
     * @throws IllegalStateException if PostgreSQL cannot be reached or the loaded data fail the check
     */
    static WorkloadYear open(int tickets) {
        WorkloadYear year = new WorkloadYear(tickets);
        try {
            if (year.loadedNow) {
                year.load();
            } else {
                System.out.printf(Locale.ROOT, "Reusing %s: %s%n", year.url, year.describeLoad());
            }
            return year;
        } catch (RuntimeException failure) {
            year.close();
            throw failure;
        }
    }

    JdbcServiceDeskStorage storage() {
        return storage;
    }

    HikariDataSource dataSource() {
        return pool;
    }

    /** Whether this run loaded the data (rather than reusing them). */
    boolean loadedNow() {
        return loadedNow;
    }

    /** What took how long while loading, in the order done. */
    Map<String, String> timings() {
        return timings;
    }

    /** A new connection of its own (temporary tables, session settings), autocommit on. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public void close() {
        try {
            storage.close();
        } finally {
            pool.close();
        }
    }

    /** Sizes of the tables named, with their indexes and TOAST, as PostgreSQL counts them. */
    String tableSizes(String... tables) {
        StringBuilder sizes = new StringBuilder();
        try (Connection connection = connect();
             PreparedStatement size = connection.prepareStatement("SELECT (SELECT reltuples::bigint FROM pg_class WHERE "
                     + "oid = to_regclass(?)), pg_size_pretty(pg_table_size(to_regclass(?))), "
                     + "pg_size_pretty(pg_indexes_size(to_regclass(?)))")) {
            for (String table : tables) {
                size.setString(1, table);
                size.setString(2, table);
                size.setString(3, table);
                try (ResultSet row = size.executeQuery()) {
                    row.next();
                    sizes.append(String.format(Locale.ROOT, "  %-28s %,13d rows  %10s data  %10s indexes%n", table,
                            row.getLong(1), row.getString(2), row.getString(3)));
                }
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("reading the table sizes: " + failure.getMessage(), failure);
        }
        return sizes.toString();
    }

    /** Records a finished step of the load: its name and what it took. */
    void timed(String step, long startNanos) {
        timings.put(step, String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9));
        System.out.printf(Locale.ROOT, "  %s: %s%n", step, timings.get(step));
    }

    /** Marks the data set loaded, with what {@code note} says about it. */
    void markLoaded(String note) {
        execute("CREATE TABLE IF NOT EXISTS workload_benchmark_load (data_set VARCHAR(100) NOT NULL, tickets INTEGER "
                + "NOT NULL, schema_version VARCHAR(50) NOT NULL, note TEXT NOT NULL, loaded_at TIMESTAMPTZ NOT NULL "
                + "DEFAULT now())");
        try (Connection connection = connect();
             PreparedStatement mark = connection.prepareStatement("INSERT INTO workload_benchmark_load (data_set, "
                     + "tickets, schema_version, note) VALUES (?, ?, ?, ?)")) {
            mark.setString(1, DATA_SET);
            mark.setInt(2, tickets);
            mark.setString(3, schemaVersion(connection));
            mark.setString(4, note);
            mark.executeUpdate();
        } catch (SQLException failure) {
            throw new IllegalStateException("marking the data set loaded: " + failure.getMessage(), failure);
        }
    }

    /** Runs statements on a connection of their own, autocommit on. */
    void execute(String... statements) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("running " + statements[0] + ": " + failure.getMessage(), failure);
        }
    }

    private void load() {
        System.out.printf(Locale.ROOT, "Loading a hospital year of %,d tickets into %s%n", tickets, url);
        long loading = System.nanoTime();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET work_mem = '256MB'");
            statement.execute("SET maintenance_work_mem = '512MB'");
            statement.execute("SET synchronous_commit = off");
            days(connection);
            assessments(connection);
            List<String> indexes = dropIndexes(connection, "event", "ticket");
            long step = System.nanoTime();
            for (String sql : statements(script())) {
                long one = System.nanoTime();
                if (EXPLAIN && sql.strip().matches("(?s)(INSERT|CREATE UNLOGGED TABLE \\w+ AS).*")) {
                    try (ResultSet plan = statement.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
                        while (plan.next()) {
                            System.out.println("      " + plan.getString(1));
                        }
                    }
                } else {
                    statement.execute(sql);
                }
                String first = sql.lines().filter(line -> !line.startsWith("--") && !line.isBlank()).findFirst()
                        .orElse(sql);
                long millis = (System.nanoTime() - one) / 1_000_000;
                if (millis > 2000) {
                    System.out.printf(Locale.ROOT, "    %6.1f s  %s%n", millis / 1000.0,
                            first.length() > 90 ? first.substring(0, 90) : first);
                }
            }
            timed("generate the tickets and events in SQL", step);
            step = System.nanoTime();
            for (String index : indexes) {
                statement.execute(index);
            }
            timed("create the " + indexes.size() + " indexes of event and ticket again", step);
            for (String table : List.of("bench_step", "bench_work", "bench_plan", "bench_number", "bench_ticket")) {
                statement.execute("DROP TABLE " + table);
            }
            step = System.nanoTime();
            statement.execute("VACUUM ANALYZE event");
            statement.execute("VACUUM ANALYZE ticket");
            timed("VACUUM ANALYZE event and ticket", step);
        } catch (SQLException failure) {
            throw new IllegalStateException("loading the workload year: " + failure.getMessage(), failure);
        }
        long step = System.nanoTime();
        String checked = check();
        timed("read back and check " + checked, step);
        timed("load in all", loading);
        System.out.print(tableSizes("event", "ticket"));
    }

    /** The days of 2026 with their weight (workday 1, weekend 0.4, holiday 0.3) as ranges of ticket indexes. */
    private void days(Connection connection) throws SQLException {
        BusinessCalendar calendar = ChinaMainland.officeHours();
        List<LocalDate> days = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        double total = 0;
        for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
            String kind = !calendar.periodsOn(day).isEmpty() ? "WORKDAY"
                    : day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY ? "WEEKEND"
                    : "HOLIDAY";
            double weight = switch (kind) {
                case "WORKDAY" -> 1.0;
                case "WEEKEND" -> 0.4;
                default -> 0.3;
            };
            days.add(day);
            kinds.add(kind);
            weights.add(weight);
            total += weight;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE bench_day (day DATE NOT NULL, kind TEXT NOT NULL, "
                    + "first_n BIGINT PRIMARY KEY)");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO bench_day (day, kind, first_n) VALUES (?, ?, ?)")) {
            double cumulative = 0;
            for (int i = 0; i < days.size(); i++) {
                insert.setObject(1, days.get(i));
                insert.setString(2, kinds.get(i));
                insert.setLong(3, Math.round(cumulative / total * tickets));
                insert.addBatch();
                cumulative += weights.get(i);
            }
            insert.executeBatch();
        }
    }

    /**
     * The priority assessments tickets are raised with, as the hospital's default policy gives
     * them and the codec writes them, each with its share of the tickets (most affect one person
     * or one department and are degraded, not stopped).
     */
    private void assessments(Connection connection) throws SQLException {
        JsonCodec codec = new JsonCodec();
        record Share(Impact impact, Urgency urgency, ServiceCriticality criticality, double share) {
        }
        Urgency stopped = Urgency.of("PATIENT_CARE_STOPPED");
        Urgency degraded = Urgency.of("DEGRADED");
        List<Share> shares = List.of(
                new Share(Impact.ONE_PERSON, degraded, ServiceCriticality.GENERAL, 0.40),
                new Share(Impact.ONE_PERSON, degraded, ServiceCriticality.IMPORTANT, 0.12),
                new Share(Impact.ONE_PERSON, stopped, ServiceCriticality.GENERAL, 0.08),
                new Share(Impact.ONE_PERSON, stopped, ServiceCriticality.CLINICAL_CRITICAL, 0.05),
                new Share(Impact.ONE_DEPARTMENT, degraded, ServiceCriticality.GENERAL, 0.12),
                new Share(Impact.ONE_DEPARTMENT, degraded, ServiceCriticality.CLINICAL_CRITICAL, 0.08),
                new Share(Impact.ONE_DEPARTMENT, stopped, ServiceCriticality.IMPORTANT, 0.06),
                new Share(Impact.ONE_DEPARTMENT, stopped, ServiceCriticality.CLINICAL_CRITICAL, 0.04),
                new Share(Impact.SEVERAL_DEPARTMENTS, degraded, ServiceCriticality.IMPORTANT, 0.03),
                new Share(Impact.SEVERAL_DEPARTMENTS, stopped, ServiceCriticality.CLINICAL_CRITICAL, 0.015),
                new Share(Impact.WHOLE_HOSPITAL, stopped, ServiceCriticality.CLINICAL_CRITICAL, 0.005));
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE bench_assessment (k INTEGER PRIMARY KEY, lo DOUBLE PRECISION NOT "
                    + "NULL, hi DOUBLE PRECISION NOT NULL, rank INTEGER NOT NULL, json TEXT NOT NULL)");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO bench_assessment (k, lo, hi, rank, json) VALUES (?, ?, ?, ?, ?)")) {
            double lo = 0;
            for (int k = 0; k < shares.size(); k++) {
                Share share = shares.get(k);
                PriorityAssessment assessment = PriorityPolicy.hospitalDefault()
                        .assess(new PriorityFactors(share.impact(), share.urgency(), share.criticality(), false));
                double hi = k == shares.size() - 1 ? 1.0 : lo + share.share();
                insert.setInt(1, k + 1);
                insert.setDouble(2, lo);
                insert.setDouble(3, hi);
                insert.setInt(4, assessment.priority().rank());
                insert.setString(5, codec.write(assessment));
                insert.addBatch();
                lo = hi;
            }
            insert.executeBatch();
        }
    }

    /**
     * Drops the indexes of {@code tables} that back no constraint (they are built again at the
     * end, faster than kept up row by row); answers the statements that create them again.
     */
    private static List<String> dropIndexes(Connection connection, String... tables) throws SQLException {
        List<String> indexes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT i.indexname, i.indexdef FROM pg_indexes i "
                + "WHERE i.schemaname = current_schema() AND i.tablename = ANY (?) AND NOT EXISTS (SELECT 1 FROM "
                + "pg_constraint c WHERE c.conindid = to_regclass(i.indexname))")) {
            query.setArray(1, connection.createArrayOf("text", tables));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                    indexes.add(rows.getString(2));
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("DROP INDEX " + name);
            }
        }
        return indexes;
    }

    /**
     * Reads back a sample of tickets (the tickets of every event type, and {@value #SAMPLE} more
     * at random) through the adapter: each history replays to the stored snapshot, and each
     * event and snapshot written again by the codec is the stored JSON.
     */
    private String check() {
        JsonCodec codec = new JsonCodec();
        List<String> ids = new ArrayList<>();
        long events = 0;
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT DISTINCT ON (type) aggregate_id FROM event "
                    + "ORDER BY type, append_id DESC")) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT id::text FROM ticket TABLESAMPLE SYSTEM (1) "
                    + "REPEATABLE (17) ORDER BY md5(id::text) LIMIT " + SAMPLE)) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            try (PreparedStatement stored = connection.prepareStatement("SELECT payload::text, "
                    + "payload = CAST(? AS jsonb) FROM event WHERE aggregate_id = ? ORDER BY append_id");
                 PreparedStatement snapshot = connection.prepareStatement(
                         "SELECT snapshot = CAST(? AS jsonb), snapshot::text FROM ticket WHERE id = CAST(? AS uuid)")) {
                for (String id : ids) {
                    List<DomainEvent> history = storage.events().history(id);
                    List<TicketEvent> ticketHistory = new ArrayList<>();
                    history.forEach(event -> ticketHistory.add((TicketEvent) event));
                    TicketSnapshot replayed = Ticket.replay(ticketHistory).snapshot();
                    TicketSnapshot restored = storage.tickets().find(new TicketId(UUID.fromString(id))).orElseThrow()
                            .snapshot();
                    if (!replayed.equals(restored)) {
                        throw new IllegalStateException("ticket " + id + ": its history replays to\n  " + replayed
                                + "\nbut its row holds\n  " + restored);
                    }
                    snapshot.setString(1, codec.write(replayed));
                    snapshot.setString(2, id);
                    try (ResultSet row = snapshot.executeQuery()) {
                        row.next();
                        if (!row.getBoolean(1)) {
                            throw new IllegalStateException("ticket " + id + ": the codec writes the snapshot as\n  "
                                    + codec.write(replayed) + "\nbut the row holds\n  " + row.getString(2));
                        }
                    }
                    for (int i = 0; i < history.size(); i++) {
                        stored.setString(1, codec.write(history.get(i)));
                        stored.setString(2, id);
                        try (ResultSet rows = stored.executeQuery()) {
                            for (int skip = 0; skip <= i; skip++) {
                                rows.next();
                            }
                            if (!rows.getBoolean(2)) {
                                throw new IllegalStateException("ticket " + id + ", event " + (i + 1) + ": the codec "
                                        + "writes\n  " + codec.write(history.get(i)) + "\nbut the log holds\n  "
                                        + rows.getString(1));
                            }
                        }
                        events++;
                    }
                }
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("checking the loaded data: " + failure.getMessage(), failure);
        }
        return String.format(Locale.ROOT, "%,d tickets, %,d events", ids.size(), events);
    }

    private String describeLoad() {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT data_set, tickets, schema_version, loaded_at, note FROM "
                     + "workload_benchmark_load ORDER BY loaded_at DESC LIMIT 1")) {
            row.next();
            return String.format(Locale.ROOT, "%s, %,d tickets, schema %s, loaded %s; %s", row.getString(1),
                    row.getInt(2), row.getString(3), row.getTimestamp(4), row.getString(5));
        } catch (SQLException failure) {
            throw new IllegalStateException("reading the load marker: " + failure.getMessage(), failure);
        }
    }

    /**
     * Drops the tables of the workload migrations and forgets those migrations (the loaded year
     * lives in the tables of earlier ones), so that the edited migrations are applied again;
     * the projection then catches up from the start of the log.
     */
    private void dropTheReportingSchema() {
        List<String> drops = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = "
                     + "current_schema() AND tablename LIKE 'workload\\_%' AND tablename NOT LIKE "
                     + "'workload\\_benchmark\\_%'")) {
            while (rows.next()) {
                drops.add("DROP TABLE " + rows.getString(1) + " CASCADE");
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("listing the workload tables: " + failure.getMessage(), failure);
        }
        drops.add("DELETE FROM flyway_schema_history WHERE version IS NOT NULL AND split_part(version, '.', 1)::int >= "
                + REPORTING_SCHEMA);
        execute(drops.toArray(String[]::new));
    }

    private boolean holdsThisDataSet(HikariDataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM workload_benchmark_load "
                     + "WHERE data_set = ? AND tickets = ?")) {
            query.setString(1, DATA_SET);
            query.setInt(2, tickets);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        } catch (SQLException missing) {
            return false; // no marker table: never loaded
        }
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT version FROM flyway_schema_history WHERE success "
                     + "ORDER BY installed_rank DESC LIMIT 1")) {
            return row.next() ? row.getString(1) : "none";
        }
    }

    /** Creates the database if missing ({@code again}: drops it first); answers whether it was created. */
    private boolean createDatabase(boolean again) {
        String name = url.replaceFirst("^.*/", "").replaceFirst("\\?.*$", "");
        String admin = url.replaceFirst("/[^/?]*(\\?.*)?$", "/postgres");
        try (Connection connection = DriverManager.getConnection(admin, user, password);
             Statement statement = connection.createStatement()) {
            if (again) {
                statement.execute("DROP DATABASE IF EXISTS " + name);
            }
            try (ResultSet row = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (row.next()) {
                    return false;
                }
            }
            statement.execute("CREATE DATABASE " + name);
            return true;
        } catch (SQLException failure) {
            throw new IllegalStateException("PostgreSQL at " + admin + " as " + user + ": " + failure.getMessage()
                    + "\n  Start it (pg_ctlcluster <version> main start; see .ci/run), or point ITILHIS_WORKLOAD_URL,"
                    + " ITILHIS_PG_USER and ITILHIS_PG_PASSWORD at another server.", failure);
        }
    }

    private String script() {
        try (InputStream in = WorkloadYear.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is not on the class path");
            }
            return new String(in.readAllBytes(), UTF_8)
                    .replace("${tickets}", Integer.toString(tickets))
                    .replace("${end_utc}", LAST_DAY.plusDays(1).atStartOfDay(HOSPITAL).toInstant().toString()
                            .replace("T", " ").replace("Z", ""));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** The statements of a script: separated by a semicolon at the end of a line; comments dropped. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder next = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            if (line.stripTrailing().endsWith(";")) {
                next.append(line, 0, line.stripTrailing().length() - 1);
                statements.add(next.toString());
                next.setLength(0);
            } else {
                next.append(line).append('\n');
            }
        }
        if (!next.toString().isBlank()) {
            statements.add(next.toString());
        }
        return statements;
    }

    private static Optional<String> setting(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }
}
