package org.itilhis.benchmarks;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The create path beside the database's own speed: {@code pgbench} inserting one ticket-like
 * row per autocommitted transaction, and the HTTP load driver creating incidents (contact +
 * raise) on the same PostgreSQL, level by level, interleaved, for several rounds. Prints per
 * level and round the machine's load, pgbench's inserts/s, incidents/s, their ratio, the
 * incident p99 and errors, then the medians per level. {@code pgbench} must be on the path
 * (Debian: package postgresql-client). Not run by the build.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.itilhis.benchmarks.SideBySide
 *     [--levels 1,8,32] [--rounds 3] [--warmup 5] [--duration 20] [--pool-size 10]
 * </pre>
 */
public final class SideBySide {
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private SideBySide() {
    }

    /** One level of one round. */
    private record Row(int round, int clients, String load, double inserts, HttpLoadDriver.Result incidents) {
        double incidentsPerSecond() {
            return incidents.incidents() / incidents.seconds();
        }

        double ratio() {
            return inserts == 0 ? 0 : incidentsPerSecond() / inserts;
        }
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Map<String, String> options = options(args);
        int[] levels = Arrays.stream(options.getOrDefault("--levels", "1,8,32").split(",")).map(String::strip)
                .mapToInt(Integer::parseInt).toArray();
        int rounds = Integer.parseInt(options.getOrDefault("--rounds", "3"));
        int warmup = Integer.parseInt(options.getOrDefault("--warmup", "5"));
        int duration = Integer.parseInt(options.getOrDefault("--duration", "20"));
        int poolSize = Integer.parseInt(options.getOrDefault("--pool-size", "10"));
        List<Row> rows = new ArrayList<>();
        try (LoadServer server = LoadServer.start(poolSize); PgbenchTable table = PgbenchTable.create()) {
            out.printf(Locale.ROOT, "side by side on %d cores: pgbench single-row inserts (%s) and incidents over HTTP"
                    + " (%s); %d s warm-up (HTTP), %d s per level, %d rounds%n%n",
                    Runtime.getRuntime().availableProcessors(), table.describe(), server.describe(), warmup, duration,
                    rounds);
            out.printf(Locale.ROOT, "%5s %7s %16s %10s %11s %7s %10s %7s%n", "round", "clients", "load 1/5/15",
                    "inserts/s", "incidents/s", "ratio", "inc p99", "errors");
            HttpLoadDriver driver = HttpLoadDriver.of(server.apiUri(), server.token());
            for (int round = 1; round <= rounds; round++) {
                for (int clients : levels) {
                    String load = loadAverage();
                    double inserts = table.pgbench(clients, duration);
                    Row row = new Row(round, clients, load, inserts, driver.level(clients, warmup, duration));
                    rows.add(row);
                    out.printf(Locale.ROOT, "%5d %7d %16s %10.0f %11.1f %7.3f %7.1f ms %7d%n", round, clients, load,
                            inserts, row.incidentsPerSecond(), row.ratio(),
                            row.incidents().incidentLatencies().percentileMillis(99), row.incidents().errors());
                }
            }
        }
        out.printf(Locale.ROOT, "%nmedians over %d rounds%n%7s %10s %11s %7s %10s%n", rounds, "clients", "inserts/s",
                "incidents/s", "ratio", "inc p99");
        for (int clients : levels) {
            List<Row> level = rows.stream().filter(r -> r.clients() == clients).toList();
            out.printf(Locale.ROOT, "%7d %10.0f %11.1f %7.3f %7.1f ms%n", clients, median(level, Row::inserts),
                    median(level, Row::incidentsPerSecond), median(level, Row::ratio),
                    median(level, r -> r.incidents().incidentLatencies().percentileMillis(99)));
        }
    }

    private static double median(List<Row> rows, java.util.function.ToDoubleFunction<Row> value) {
        double[] sorted = rows.stream().mapToDouble(value).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        if (!Files.exists(loadavg)) {
            return "-";
        }
        String[] parts = Files.readString(loadavg).split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }

    private static Map<String, String> options(String[] args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("expected --name value pairs, got " + Arrays.toString(args));
        }
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!List.of("--levels", "--rounds", "--warmup", "--duration", "--pool-size").contains(args[i])) {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    /**
     * A schema of its own holding one table of ticket-like rows, and pgbench inserting into it
     * with a script file; the schema is dropped on close.
     */
    private static final class PgbenchTable implements AutoCloseable {
        private final String url = System.getenv().getOrDefault("ITILHIS_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        private final String user = System.getenv().getOrDefault("ITILHIS_PG_USER", "postgres");
        private final String password = System.getenv().getOrDefault("ITILHIS_PG_PASSWORD", "");
        private final String schema = "itilhis_pgbench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        private final Path script;

        private PgbenchTable() throws IOException, SQLException {
            execute("CREATE SCHEMA " + schema, "CREATE TABLE " + schema + ".ticket (id BIGSERIAL PRIMARY KEY, "
                    + "number VARCHAR(20) NOT NULL, summary VARCHAR(200) NOT NULL, "
                    + "raised_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())");
            script = Files.createTempFile("itilhis-pgbench", ".sql");
            Files.writeString(script, "INSERT INTO " + schema + ".ticket (number, summary) "
                    + "VALUES ('INC-2026-' || :client_id, 'Ward printer jams');\n");
        }

        static PgbenchTable create() throws IOException, SQLException {
            return new PgbenchTable();
        }

        String describe() {
            return url + ", schema " + schema;
        }

        /** pgbench's transactions per second with {@code clients} clients for {@code seconds}. */
        double pgbench(int clients, int seconds) throws IOException, InterruptedException {
            URI address = URI.create(url.substring("jdbc:".length()));
            List<String> command = List.of("pgbench", "-n", "-c", String.valueOf(clients), "-j",
                    String.valueOf(Math.min(clients, Runtime.getRuntime().availableProcessors())),
                    "-T", String.valueOf(seconds), "-f", script.toString(), "-h", address.getHost(),
                    "-p", String.valueOf(address.getPort() < 0 ? 5432 : address.getPort()), "-U", user,
                    address.getPath().substring(1));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            if (!password.isEmpty()) {
                builder.environment().put("PGPASSWORD", password);
            }
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pgbench failed: " + output);
            }
            Matcher tps = TPS.matcher(output);
            if (!tps.find()) {
                throw new IllegalStateException("no tps in pgbench's output: " + output);
            }
            return Double.parseDouble(tps.group(1));
        }

        private void execute(String... statements) throws SQLException {
            try (Connection connection = DriverManager.getConnection(url, user, password.isEmpty() ? null : password);
                 Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
        }

        @Override
        public void close() throws IOException, SQLException {
            try {
                execute("DROP SCHEMA " + schema + " CASCADE");
            } finally {
                Files.deleteIfExists(script);
            }
        }
    }
}
