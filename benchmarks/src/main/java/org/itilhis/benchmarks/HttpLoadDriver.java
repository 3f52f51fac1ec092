package org.itilhis.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Creates incidents over HTTP as a real client does, two requests each: {@code POST /contacts}
 * (the call) and {@code POST /contacts/{id}/raise}, each with its own {@code Idempotency-Key},
 * from 1, 8 and 32 concurrent clients ({@link HttpClient}, HTTP/1.1, keep-alive). Each level
 * gets a warm-up, then a measured run bounded in time and count; the driver reports incidents
 * and requests per second and the p50 and p99 latency of requests and of whole incidents, with
 * the machine's core count. By default it starts the API in this process on a free loopback
 * port over a fresh PostgreSQL schema ({@link LoadServer}), dropped afterwards; {@code --url}
 * targets a running server instead (loopback only). {@code --reads N} has each client read
 * every incident it raised N times ({@code GET /incidents/{id}}, each a read of personal data
 * the server records); {@code --read-audit off} starts the in-process server without recording
 * them, to measure what recording costs; {@code --relay on} runs the notification relay beside the
 * in-process server, feeding a webhook of every ticket event to a local receiver that verifies
 * each signature, and reports after each level the relay's lag (p50, p99, max, from an event's
 * occurrence to the relay having handled it) and the deliveries ({@link RelayLoad}). Not run by the build.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.itilhis.benchmarks.HttpLoadDriver
 *     [--levels 1,8,32] [--warmup 5] [--duration 20] [--max-incidents 20000] [--pool-size 10]
 *     [--reads 0] [--read-audit on] [--relay off]
 *     [--url http://127.0.0.1:8080/api/v1 --token &lt;service desk agent's token&gt;]
 * </pre>
 */
public final class HttpLoadDriver {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Calls of the demo hospital and how the desk raises them: printers, PCs, the HIS, the network. */
    private static final List<String[]> CALLS = List.of(
            new String[] {call("N1001", "ward-5-east", "The printer at the nurse station jams on every page"),
                    raise("Ward printer jams", "printer", "ONE_DEPARTMENT", "DEGRADED", "GENERAL")},
            new String[] {call("C2001", "outpatient-registration", "Registration window 3 cannot log in to the HIS"),
                    raise("Registration window cannot register patients", "his.outpatient-registration",
                            "ONE_DEPARTMENT", "SEVERELY_DEGRADED", "CLINICAL_CRITICAL")},
            new String[] {call("D3001", "radiology", "The PACS viewer freezes when opening a CT series"),
                    raise("PACS viewer freezes on CT series", "desktop.pacs-viewer", "ONE_PERSON",
                            "SEVERELY_DEGRADED", "CLINICAL_CRITICAL")},
            new String[] {call("N1001", "ward-5-east", "The ward's network drops every few minutes"),
                    raise("Ward network drops", "network.ward", "ONE_DEPARTMENT", "DEGRADED", "GENERAL")});

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI api;
    private final String token;
    private final Settings settings;
    /** The notification relay beside the in-process server, with {@code --relay on}. */
    private RelayLoad relay;

    private HttpLoadDriver(URI api, String token, Settings settings) {
        this.api = api;
        this.token = token;
        this.settings = settings;
    }

    /** A driver of the API at {@code api} as the agent whose bearer token is {@code token}, for {@link SideBySide}. */
    static HttpLoadDriver of(URI api, String token) {
        return new HttpLoadDriver(api, token, new Settings());
    }

    /** One level: {@code concurrency} clients warm up for {@code warmupSeconds}, then are measured for {@code seconds}. */
    Result level(int concurrency, int warmupSeconds, int seconds) throws InterruptedException {
        phase(concurrency, warmupSeconds, Integer.MAX_VALUE);
        return phase(concurrency, seconds, Integer.MAX_VALUE);
    }

    /**
     * {@code concurrency} clients measured until {@code done} says so (each finishes the incident
     * it is creating) or {@code maxSeconds} have passed, for {@link ImportBesideRaises}.
     */
    Result until(int concurrency, BooleanSupplier done, int maxSeconds) throws InterruptedException {
        return phase(concurrency, maxSeconds, Integer.MAX_VALUE, done);
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            // One access log line per request would measure the console, not the service desk.
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Settings settings = Settings.parse(args);
        if (settings.url != null) {
            new HttpLoadDriver(loopback(settings.url), settings.token, settings).run(out,
                    "the running server at " + settings.url);
            return;
        }
        if (settings.relay) {
            try (LoadServer server = LoadServer.startWithRelay(settings.poolSize)) {
                HttpLoadDriver driver = new HttpLoadDriver(server.apiUri(), server.token(), settings);
                driver.relay = server.relay();
                driver.run(out, server.describe());
            }
            return;
        }
        try (LoadServer server = LoadServer.start(settings.poolSize, settings.readAudit)) {
            new HttpLoadDriver(server.apiUri(), server.token(), settings).run(out, server.describe());
        }
    }

    private void run(PrintStream out, String target) throws InterruptedException {
        out.printf(Locale.ROOT, "itilhis HTTP load driver: incidents created over HTTP (log contact + raise, each with"
                + " its own Idempotency-Key)%n");
        out.printf(Locale.ROOT, "machine: %d cores (Runtime.availableProcessors), Java %s, %s %s; client and server"
                        + " share them%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.arch"));
        out.printf(Locale.ROOT, "server: %s%n", target);
        out.printf(Locale.ROOT, "per level: %d s warm-up, then %d s or %d incidents, whichever comes first%s%n%n",
                settings.warmupSeconds, settings.durationSeconds, settings.maxIncidents, settings.reads == 0 ? ""
                        : "; each incident then read " + settings.reads + " times (GET, counted in requests/s)");
        out.printf(Locale.ROOT, "%11s %9s %11s %10s %9s %9s %10s %10s %7s%n", "concurrency", "incidents",
                "incidents/s", "requests/s", "req p50", "req p99", "inc p50", "inc p99", "errors");
        for (int concurrency : settings.levels) {
            phase(concurrency, settings.warmupSeconds, Integer.MAX_VALUE);
            Result result = phase(concurrency, settings.durationSeconds, settings.maxIncidents);
            out.printf(Locale.ROOT, "%11d %9d %11.1f %10.1f %6.1f ms %6.1f ms %7.1f ms %7.1f ms %7d%n", concurrency,
                    result.incidents, result.incidents / result.seconds(), result.requests / result.seconds(),
                    result.requestLatencies.percentileMillis(50), result.requestLatencies.percentileMillis(99),
                    result.incidentLatencies.percentileMillis(50), result.incidentLatencies.percentileMillis(99),
                    result.errors);
            if (result.firstError != null) {
                out.println("  first error: " + result.firstError);
            }
            if (relay != null) {
                reportRelay(out);
            }
        }
    }

    /**
     * The relay's figures over the level just run (its warm-up included): each event's lag from
     * its occurrence to the relay having handled it for the webhook, once the relay caught up.
     */
    private void reportRelay(PrintStream out) {
        boolean caughtUp = relay.awaitCaughtUp(Duration.ofSeconds(60));
        Latencies lags = relay.takeLags();
        out.printf(Locale.ROOT, "%11s relay: %d events handled, lag p50 %.1f ms, p99 %.1f ms, max %.1f ms; "
                        + "%d webhook deliveries verified (%d distinct events, %d forged), %d failed deliveries%s%n", "",
                lags.count(), lags.percentileMillis(50), lags.percentileMillis(99), lags.percentileMillis(100),
                relay.receiver().deliveries(), relay.receiver().distinctEvents(), relay.receiver().forged(),
                relay.failures(), caughtUp ? "" : "; NOT caught up after 60 s, " + relay.behind() + " behind");
    }

    /** {@code concurrency} clients creating incidents for {@code seconds} or until {@code budget} are made. */
    private Result phase(int concurrency, int seconds, int budget) throws InterruptedException {
        return phase(concurrency, seconds, budget, () -> false);
    }

    private Result phase(int concurrency, int seconds, int budget, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicInteger remaining = new AtomicInteger(budget);
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Client> clients = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < concurrency; i++) {
            Client client = new Client(i, deadline, done, remaining, firstError);
            clients.add(client);
            Thread thread = new Thread(client, "load-client-" + i);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long elapsed = System.nanoTime() - started;
        return new Result(clients.stream().mapToInt(c -> c.incidents).sum(),
                clients.stream().mapToInt(c -> c.requests).sum(), clients.stream().mapToInt(c -> c.errors).sum(),
                elapsed, Latencies.merge(clients.stream().map(c -> c.requestLatencies).toList()),
                Latencies.merge(clients.stream().map(c -> c.incidentLatencies).toList()), firstError.get());
    }

    /** One client: creates incidents one after the other until the deadline or the budget. */
    private final class Client implements Runnable {
        private final int number;
        private final long deadline;
        private final BooleanSupplier done;
        private final AtomicInteger remaining;
        private final AtomicReference<String> firstError;
        final Latencies requestLatencies = new Latencies();
        final Latencies incidentLatencies = new Latencies();
        int incidents;
        int requests;
        int errors;

        Client(int number, long deadline, BooleanSupplier done, AtomicInteger remaining,
               AtomicReference<String> firstError) {
            this.number = number;
            this.deadline = deadline;
            this.done = done;
            this.remaining = remaining;
            this.firstError = firstError;
        }

        @Override
        public void run() {
            for (int i = number; System.nanoTime() < deadline && !done.getAsBoolean()
                    && remaining.getAndDecrement() > 0; i++) {
                String[] call = CALLS.get(i % CALLS.size());
                long start = System.nanoTime();
                HttpResponse<String> logged = post("/contacts", call[0]);
                if (logged == null) {
                    continue;
                }
                String contact = idOf(logged.body());
                HttpResponse<String> raised = contact == null ? null : post("/contacts/" + contact + "/raise", call[1]);
                if (raised == null) {
                    continue;
                }
                incidentLatencies.add(System.nanoTime() - start);
                incidents++;
                String ticket = idOf(raised.body());
                for (int read = 0; read < settings.reads && ticket != null; read++) {
                    get("/incidents/" + ticket);
                }
            }
        }

        /** One read of a ticket, an error counted unless 200. */
        private void get(String path) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).GET().build();
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                requestLatencies.add(System.nanoTime() - start);
                requests++;
                if (response.statusCode() != 200) {
                    error(path + " answered " + response.statusCode() + ": " + response.body());
                }
            } catch (IOException failure) {
                error(path + " failed: " + failure);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                error(path + " interrupted");
            }
        }

        /** One creating POST with a fresh Idempotency-Key; null (an error counted) unless 201. */
        private HttpResponse<String> post(String path, String body) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                requestLatencies.add(System.nanoTime() - start);
                requests++;
                if (response.statusCode() == 201) {
                    return response;
                }
                error(path + " answered " + response.statusCode() + ": " + response.body());
            } catch (IOException failure) {
                error(path + " failed: " + failure);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                error(path + " interrupted");
            }
            return null;
        }

        private void error(String description) {
            errors++;
            firstError.compareAndSet(null, description);
        }
    }

    /** What one measured phase did. */
    record Result(int incidents, int requests, int errors, long elapsedNanos, Latencies requestLatencies,
                  Latencies incidentLatencies, String firstError) {
        double seconds() {
            return elapsedNanos / 1e9;
        }
    }

    private static String idOf(String json) {
        try {
            return JSON.readTree(json).path("id").asText(null);
        } catch (IOException notJson) {
            return null;
        }
    }

    private static URI loopback(String url) throws IOException {
        URI uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        String host = uri.getHost();
        if (host == null || !InetAddress.getByName(host.replaceAll("^\\[|\\]$", "")).isLoopbackAddress()) {
            throw new IllegalArgumentException("--url " + url + ": the load driver only drives servers on this machine's"
                    + " loopback addresses (127.0.0.1, ::1, localhost)");
        }
        return uri;
    }

    private static String call(String caller, String department, String description) {
        return JSON.createObjectNode().put("channel", "PHONE").put("caller", caller).put("department", department)
                .put("description", description).toString();
    }

    private static String raise(String summary, String category, String impact, String urgency, String criticality) {
        return JSON.createObjectNode().put("type", "INCIDENT").put("summary", summary).put("category", category)
                .put("impact", impact).put("urgency", urgency).put("criticality", criticality).toString();
    }

    /** The command line: {@code --name value} pairs. */
    /** {@code value} of {@code option} as a whole number in [min, max], for the drivers' options. */
    static int bounded(String option, String value, int min, int max) {
        int number = Integer.parseInt(value.strip());
        if (number < min || number > max) {
            throw new IllegalArgumentException(option + " " + value + " is not in [" + min + ", " + max + "]");
        }
        return number;
    }

    private static final class Settings {
        int[] levels = {1, 8, 32};
        int warmupSeconds = 5;
        int durationSeconds = 20;
        int maxIncidents = 20_000;
        int poolSize = 10;
        String url;
        String token = System.getenv("ITILHIS_LOAD_TOKEN");
        int reads;
        boolean readAudit = true;
        boolean relay;

        static Settings parse(String[] args) {
            Settings settings = new Settings();
            if (args.length % 2 != 0) {
                throw new IllegalArgumentException("expected --name value pairs, got " + Arrays.toString(args));
            }
            for (int i = 0; i < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--levels" -> settings.levels = Arrays.stream(value.split(",")).map(String::strip)
                            .mapToInt(Integer::parseInt).toArray();
                    case "--warmup" -> settings.warmupSeconds = bounded("--warmup", value, 0, 60);
                    case "--duration" -> settings.durationSeconds = bounded("--duration", value, 1, 300);
                    case "--max-incidents" -> settings.maxIncidents = bounded("--max-incidents", value, 1, 1_000_000);
                    case "--pool-size" -> settings.poolSize = bounded("--pool-size", value, 2, 200);
                    case "--url" -> settings.url = value;
                    case "--token" -> settings.token = value;
                    case "--reads" -> settings.reads = bounded("--reads", value, 0, 100);
                    case "--read-audit" -> settings.readAudit = switch (value) {
                        case "on" -> true;
                        case "off" -> false;
                        default -> throw new IllegalArgumentException("--read-audit " + value + " is neither on nor off");
                    };
                    case "--relay" -> settings.relay = switch (value) {
                        case "on" -> true;
                        case "off" -> false;
                        default -> throw new IllegalArgumentException("--relay " + value + " is neither on nor off");
                    };
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            for (int level : settings.levels) {
                bounded("--levels", String.valueOf(level), 1, 256);
            }
            if (settings.url != null && settings.token == null) {
                throw new IllegalArgumentException("--url needs --token (or ITILHIS_LOAD_TOKEN): a service desk agent's");
            }
            return settings;
        }

    }
}
