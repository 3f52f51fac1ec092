package org.itilhis.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.itilhis.ports.configuration.in.ImportOptions;
import org.itilhis.ports.configuration.in.ImportReport;
import org.itilhis.testkit.DemoHospital;

/**
 * Incidents created over HTTP beside a large CSV import of configuration items (issue 12, "no
 * single request blocks the others"). Starts the API with the CMDB over a fresh PostgreSQL
 * schema ({@link LoadServer}); {@code --clients} clients create incidents as
 * {@link HttpLoadDriver} does (log a contact, raise it) for a warm-up and {@code --duration}
 * seconds alone (the warm-up is long, 120 s: on a fresh server on two cores the rate climbs
 * for a minute or two while the JIT compiles the request path; after 30 s it was still half
 * the rate reached later); then again while configuration manager Qian sends a generated file of
 * {@code --rows} items (workstations, printers and servers of 20 hospitals) to
 * {@code POST /cis/import}, the clients measured from the moment the file is sent until the
 * answer arrives; then alone once more, over the grown database. Prints each phase's
 * incidents per second, the ratio of the rate during the import to the rates before and after
 * it (issue 12 asks for at least half), the import's answer, duration and rows per second, and the
 * errors. The file is first checked on the in-memory CMDB (its first 2,000 rows), so that a
 * run is not spent on a refused import. Not run by the build.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.itilhis.benchmarks.ImportBesideRaises
 *     [--clients 8] [--warmup 120] [--duration 20] [--rows 100000] [--mode all-or-nothing] [--pool-size 10]
 * </pre>
 */
public final class ImportBesideRaises {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "class,assetTag,name,criticality,campus,building,floor,room,hostname,"
            + "ipAddress,printerKind\r\n";

    private ImportBesideRaises() {
    }

    /** What the import answered, and when. */
    private record Outcome(int status, String body, long nanos) {
        double seconds() {
            return nanos / 1e9;
        }
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Settings settings = Settings.parse(args);
        byte[] csv = inventory(settings.rows);
        checkOnTheInMemoryCmdb(inventory(Math.min(settings.rows, 2_000)));
        try (LoadServer server = LoadServer.startWithCmdb(settings.poolSize)) {
            out.printf(Locale.ROOT, "itilhis: incidents over HTTP beside a CSV import of configuration items%n");
            out.printf(Locale.ROOT, "machine: %d cores, Java %s; client, server and PostgreSQL share them%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            out.printf(Locale.ROOT, "server: %s%n", server.describe());
            out.printf(Locale.ROOT, "import: %,d rows, %,d bytes, mode %s, %d rows per transaction; %d clients"
                            + " creating incidents (contact + raise)%n%n", settings.rows, csv.length, settings.mode,
                    ImportOptions.DEFAULT_BATCH_ROWS, settings.clients);
            HttpLoadDriver driver = HttpLoadDriver.of(server.apiUri(), server.token());
            out.printf(Locale.ROOT, "%-14s %9s %8s %11s %10s %10s %7s%n", "phase", "seconds", "incidents",
                    "incidents/s", "inc p50", "inc p99", "errors");
            HttpLoadDriver.Result alone = driver.level(settings.clients, settings.warmupSeconds,
                    settings.durationSeconds);
            print(out, "alone", alone);
            CompletableFuture<Outcome> importing = CompletableFuture.supplyAsync(() -> send(server, csv, settings.mode));
            HttpLoadDriver.Result beside = driver.until(settings.clients, importing::isDone, 3_600);
            Outcome outcome = importing.get();
            print(out, "during import", beside);
            HttpLoadDriver.Result after = driver.level(settings.clients, 0, settings.durationSeconds);
            print(out, "after import", after);
            report(out, settings, alone, beside, after, outcome);
        }
    }

    private static void report(PrintStream out, Settings settings, HttpLoadDriver.Result alone,
                               HttpLoadDriver.Result beside, HttpLoadDriver.Result after, Outcome outcome) {
        out.printf(Locale.ROOT, "%nincidents/s during the import / before it: %.3f; / after it: %.3f%n",
                rate(beside) / rate(alone), rate(beside) / rate(after));
        out.printf(Locale.ROOT, "import: HTTP %d in %.1f s, %,.0f rows/s%n", outcome.status(), outcome.seconds(),
                settings.rows / outcome.seconds());
        JsonNode body = json(outcome.body());
        if (body.has("rows")) {
            out.printf(Locale.ROOT, "report: %d rows, %d created, %d updated, %d unchanged, %d problems%s%n",
                    body.path("rows").asInt(), body.path("created").asInt(), body.path("updated").asInt(),
                    body.path("unchanged").asInt(), body.path("problems").size(),
                    body.has("interruption") ? ", interrupted: " + body.get("interruption") : "");
        } else {
            out.println("answer: " + outcome.body());
        }
        for (HttpLoadDriver.Result result : new HttpLoadDriver.Result[] {alone, beside, after}) {
            if (result.firstError() != null) {
                out.println("first error: " + result.firstError());
            }
        }
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.missingNode();
        }
    }

    private static void print(PrintStream out, String phase, HttpLoadDriver.Result result) {
        out.printf(Locale.ROOT, "%-14s %9.1f %8d %11.1f %7.1f ms %7.1f ms %7d%n", phase, result.seconds(),
                result.incidents(), rate(result), result.incidentLatencies().percentileMillis(50),
                result.incidentLatencies().percentileMillis(99), result.errors());
    }

    private static double rate(HttpLoadDriver.Result result) {
        return result.incidents() / result.seconds();
    }

    /** Sends the file as configuration manager Qian and waits for the answer. */
    private static Outcome send(LoadServer server, byte[] csv, String mode) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.apiUri() + "/cis/import?mode=" + mode))
                .timeout(Duration.ofHours(1))
                .header("Authorization", "Bearer " + server.cmdbToken())
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv))
                .build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            return new Outcome(response.statusCode(), response.body(), System.nanoTime() - start);
        } catch (IOException failure) {
            return new Outcome(0, "the import failed: " + failure, System.nanoTime() - start);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** @throws IllegalStateException if the in-memory CMDB finds a problem in {@code csv} */
    private static void checkOnTheInMemoryCmdb(byte[] csv) {
        ImportReport report = DemoHospital.inMemory().cmdb.imports().importCsv(DemoHospital.CONFIG_MANAGER_QIAN,
                new ByteArrayInputStream(csv), ImportOptions.allOrNothing());
        if (!report.isClean()) {
            throw new IllegalStateException("the generated file has problems: " + report.describeIn(Locale.ENGLISH));
        }
    }

    /**
     * {@code rows} items of 20 hospitals, each in its own campus: six in ten workstations, three
     * printers, one server, with host names and addresses where their class needs them.
     */
    static byte[] inventory(int rows) {
        StringBuilder csv = new StringBuilder(HEADER.length() + rows * 110).append(HEADER);
        for (int i = 1; i <= rows; i++) {
            int hospital = i % 20;
            String address = "10." + hospital + "." + (i / 250 % 250) + "." + (i % 250 + 1);
            String place = String.format(Locale.ROOT, "院区%02d,%d号楼,%d,", hospital + 1, i % 7 + 1, i % 12 + 1);
            switch (i % 10) {
                case 6, 7, 8 -> csv.append(String.format(Locale.ROOT, "printer,PRN-%06d,病区打印机%06d,GENERAL,%s"
                        + "护士站,,,laser\r\n", i, i, place));
                case 9 -> csv.append(String.format(Locale.ROOT, "server,SRV-%06d,应用服务器%06d,IMPORTANT,%s"
                        + "机房,srv-%06d,%s,\r\n", i, i, place, i, address));
                default -> csv.append(String.format(Locale.ROOT, "workstation,WS-%06d,护士站电脑%06d,GENERAL,%s"
                        + "护士站,ws-%06d,%s,\r\n", i, i, place, i, address));
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The command line: {@code --name value} pairs. */
    private static final class Settings {
        int clients = 8;
        int warmupSeconds = 120;
        int durationSeconds = 20;
        int rows = 100_000;
        String mode = "all-or-nothing";
        int poolSize = 10;

        static Settings parse(String[] args) {
            Settings settings = new Settings();
            if (args.length % 2 != 0) {
                throw new IllegalArgumentException("expected --name value pairs, got " + Arrays.toString(args));
            }
            for (int i = 0; i < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--clients" -> settings.clients = HttpLoadDriver.bounded("--clients", value, 1, 256);
                    case "--warmup" -> settings.warmupSeconds = HttpLoadDriver.bounded("--warmup", value, 0, 300);
                    case "--duration" -> settings.durationSeconds = HttpLoadDriver.bounded("--duration", value, 1, 300);
                    case "--rows" -> settings.rows = HttpLoadDriver.bounded("--rows", value, 1, 150_000);
                    case "--mode" -> settings.mode = value;
                    case "--pool-size" -> settings.poolSize = HttpLoadDriver.bounded("--pool-size", value, 2, 200);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return settings;
        }
    }
}
