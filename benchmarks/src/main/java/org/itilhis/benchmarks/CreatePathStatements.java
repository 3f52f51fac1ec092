package org.itilhis.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * What one incident creation over HTTP (log a contact, raise it, each with its own
 * {@code Idempotency-Key}) sends to the database: every statement executed, every batch,
 * commit and rollback, in order, with the totals. A JDBC call that reaches the server is one
 * round trip (a batch counts one); setting the isolation level or auto-commit is listed but
 * may be answered by the driver without one. Runs the API over a fresh PostgreSQL schema as
 * {@link HttpLoadDriver} does, creates one incident to warm up and lists the second. Then it
 * profiles {@value #PROFILED} more, one after another, after as many to warm up: per incident, the wall time, the time
 * spent waiting in statements and in commits (database and network), and the CPU time of this
 * process (the server and the client together). Not run by the build.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.itilhis.benchmarks.CreatePathStatements
 * </pre>
 */
public final class CreatePathStatements {
    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private static final int PROFILED = 1000;

    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final LongAdder statementNanos = new LongAdder();
    private final LongAdder commitNanos = new LongAdder();

    private CreatePathStatements() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        CreatePathStatements counter = new CreatePathStatements();
        try (LoadServer server = LoadServer.start(4, counter::counting)) {
            HttpClient http = HttpClient.newHttpClient();
            createIncident(http, server);
            counter.calls.clear();
            createIncident(http, server);
            List<String> recorded = List.copyOf(counter.calls);
            out.println("one incident over HTTP (contact + raise) on " + server.describe());
            recorded.forEach(call -> out.println("  " + call));
            long statements = recorded.stream().filter(c -> c.startsWith("execute")).count();
            long commits = recorded.stream().filter(c -> c.equals("commit") || c.equals("rollback")).count();
            out.printf(Locale.ROOT, "statements and batches: %d, commits and rollbacks: %d, round trips: %d%n",
                    statements, commits, statements + commits);
            counter.profile(http, server, out);
        }
    }

    /** Creates {@link #PROFILED} incidents one after another and prints where their time went. */
    private void profile(HttpClient http, LoadServer server, PrintStream out) throws Exception {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < PROFILED; i++) { // warm-up: the JIT compiles the path first
            createIncident(http, server);
        }
        calls.clear();
        statementNanos.reset();
        commitNanos.reset();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < PROFILED; i++) {
            createIncident(http, server);
        }
        double wall = (System.nanoTime() - start) / 1e6 / PROFILED;
        double inStatements = statementNanos.sum() / 1e6 / PROFILED;
        double inCommits = commitNanos.sum() / 1e6 / PROFILED;
        double processCpu = (os.getProcessCpuTime() - cpu) / 1e6 / PROFILED;
        out.printf(Locale.ROOT, "%d incidents one after another, per incident: %.2f ms wall, %.2f ms waiting in "
                + "statements, %.2f ms waiting in commits, %.2f ms outside JDBC; %.2f ms CPU of this process "
                + "(server and client)%n", PROFILED, wall, inStatements, inCommits, wall - inStatements - inCommits,
                processCpu);
    }

    private static void createIncident(HttpClient http, LoadServer server) throws Exception {
        String contact = post(http, server, "/contacts", "{\"channel\":\"PHONE\",\"caller\":\"N1001\","
                + "\"department\":\"ward-5-east\",\"description\":\"The printer at the nurse station jams\"}");
        String id = new ObjectMapper().readTree(contact).path("id").asText();
        post(http, server, "/contacts/" + id + "/raise", "{\"type\":\"INCIDENT\",\"summary\":\"Ward printer jams\","
                + "\"category\":\"printer\",\"impact\":\"ONE_DEPARTMENT\",\"urgency\":\"DEGRADED\","
                + "\"criticality\":\"GENERAL\"}");
    }

    private static String post(HttpClient http, LoadServer server, String path, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.apiUri() + path))
                .header("Authorization", "Bearer " + server.token()).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** {@code pool} as the storage sees it: every statement and transaction call recorded. */
    private DataSource counting(DataSource pool) {
        return proxy(DataSource.class, pool, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection connection ? connection(connection) : result;
        });
    }

    private Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            switch (method.getName()) {
                case "commit", "rollback" -> calls.add(method.getName());
                case "setAutoCommit", "setTransactionIsolation" -> calls.add(method.getName() + " " + args[0]);
                default -> { }
            }
            long start = System.nanoTime();
            Object result = invoke(target, method, args);
            if (method.getName().equals("commit")) {
                commitNanos.add(System.nanoTime() - start);
            }
            if (result instanceof PreparedStatement prepared) {
                return statement(PreparedStatement.class, prepared, (String) args[0]);
            }
            return result instanceof Statement plain ? statement(Statement.class, plain, null) : result;
        });
    }

    private <S extends Statement> S statement(Class<S> type, S statement, String prepared) {
        return proxy(type, statement, (target, method, args) -> {
            if (EXECUTIONS.contains(method.getName())) {
                String sql = prepared != null ? prepared : args != null && args.length > 0 ? (String) args[0] : "?";
                calls.add(method.getName() + ": " + sql.replaceAll("\\s+", " ").strip());
                long start = System.nanoTime();
                try {
                    return invoke(target, method, args);
                } finally {
                    statementNanos.add(System.nanoTime() - start);
                }
            }
            return invoke(target, method, args);
        });
    }

    private interface Call {
        Object on(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (proxy, method, args) -> call.on(target, method, args);
        return (T) Proxy.newProxyInstance(CreatePathStatements.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException failure) {
            throw failure.getCause();
        }
    }
}
