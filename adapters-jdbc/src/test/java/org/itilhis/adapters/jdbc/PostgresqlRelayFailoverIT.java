package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.ports.common.LoggedEvent;
import org.itilhis.testkit.TicketBuilder;
import org.itilhis.testkit.database.DatabaseServer;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two application nodes on one PostgreSQL schema, each running the notification relay as a
 * cluster timer (one node at a time follows the log). Node A runs in a JVM of its own and is
 * killed outright while it delivers; node B, in this JVM, takes the timer over once A's
 * heartbeats stop. A real HTTP receiver counts the deliveries of every event id: every event
 * arrives, the nodes never deliver side by side, and the duplicates a failover causes are
 * measured (at most the event in flight when A died) and logged with the takeover time.
 */
class PostgresqlRelayFailoverIT {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresqlRelayFailoverIT.class);
    private static final int TICKETS = 3000;
    private static final int PER_BATCH = 15;
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private final Queue<String> firstArrivals = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> byNode = new ConcurrentHashMap<>();
    private final AtomicLong firstOnB = new AtomicLong();
    private final AtomicLong lastOnA = new AtomicLong();

    @Test
    void whenTheNodeRelayingIsKilledTheOtherTakesOverAndEveryEventArrivesWithAtMostTheOneInFlightTwice()
            throws Exception {
        HttpServer receiver = receiver();
        DatabaseServer.Scratch scratch = DatabaseServer.POSTGRESQL.scratch("relay_failover");
        Process nodeA = null;
        try (scratch; HikariDataSource pool = JdbcDataSources.pooled(scratch.url(), scratch.user(),
                scratch.password(), 4)) {
            JdbcServiceDeskStorage storage = JdbcServiceDeskStorage.create(pool);
            storage.transactions().inTransaction(() -> storage.relay().positions().start(RelayNode.SUBSCRIBER, 0));
            URI uri = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/events");
            nodeA = startNodeA(scratch, uri);
            Thread writer = new Thread(() -> write(storage), "event-writer");
            writer.start();
            awaitUntil("node A delivers", () -> delivered("node-a") >= 300);

            try (RelayNode nodeB = RelayNode.start(scratch.url(), scratch.user(), scratch.password(), uri, "node-b")) {
                Thread.sleep(500); // node B polls; the timer's run is node A's
                assertThat(delivered("node-b")).as("deliveries by node B while node A runs").isZero();
                nodeA.destroyForcibly();
                nodeA.waitFor();
                long killedAt = System.nanoTime();
                writer.join(PATIENCE.toMillis());
                List<String> ids = storage.events().readAfter(0, 100 * TICKETS).stream().map(LoggedEvent::position)
                        .map(position -> "evt_" + position).toList();
                awaitUntil("every event arrives", () -> ids.stream().allMatch(received::containsKey));

                int duplicates = received.values().stream().mapToInt(count -> count.get() - 1).sum();
                double takeover = (firstOnB.get() - killedAt) / 1e9;
                String figure = String.format(Locale.ROOT, "Relay failover on PostgreSQL: %d events, %d delivered by "
                                + "node A before it was killed, %d by node B, which took over %.1f s after the kill; "
                                + "%d duplicates", ids.size(), delivered("node-a"), delivered("node-b"), takeover,
                        duplicates);
                // at WARN: the build's test logger shows warnings only, and the note quotes this line
                LOG.warn(figure);
                Files.writeString(Path.of("target", "relay-failover.txt"), figure + System.lineSeparator());
                assertThat(ids).hasSizeGreaterThanOrEqualTo(TICKETS);
                assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(ids);
                assertThat(duplicates).as("events delivered twice").isBetween(0, 1);
                assertThat(firstOnB.get()).as("node B delivered only after node A was killed")
                        .isGreaterThan(lastOnA.get());
                assertThat(List.copyOf(firstArrivals)).as("first arrivals in log order").isEqualTo(ids);
            }
        } finally {
            if (nodeA != null) {
                nodeA.destroyForcibly();
            }
            receiver.stop(0);
        }
    }

    /** Raises {@value #TICKETS} tickets' events, {@value #PER_BATCH} tickets per transaction, about 300 a second. */
    private static void write(JdbcServiceDeskStorage storage) {
        for (int written = 0; written < TICKETS; written += PER_BATCH) {
            List<DomainEvent> batch = new ArrayList<>();
            for (int i = 0; i < PER_BATCH; i++) {
                batch.addAll(TicketBuilder.aTicket().build().pullEvents());
            }
            storage.transactions().inTransaction(() -> {
                storage.events().append(batch);
                return null;
            });
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static Process startNodeA(DatabaseServer.Scratch scratch, URI receiver) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        File log = Path.of("target", "relay-failover-node-a.log").toFile();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                RelayFailoverNode.class.getName(), scratch.url(), scratch.user(), scratch.password(),
                receiver.toString(), "node-a")
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
    }

    private HttpServer receiver() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/events", this::receive);
        server.start();
        return server;
    }

    private void receive(HttpExchange exchange) throws IOException {
        String id = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String node = exchange.getRequestHeaders().getFirst("X-Node");
        long now = System.nanoTime();
        if (received.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet() == 1) {
            firstArrivals.add(id);
        }
        byNode.computeIfAbsent(node, key -> new AtomicInteger()).incrementAndGet();
        if ("node-b".equals(node)) {
            firstOnB.compareAndSet(0, now);
        } else {
            lastOnA.set(now);
        }
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    private int delivered(String node) {
        AtomicInteger count = byNode.get(node);
        return count == null ? 0 : count.get();
    }

    private static void awaitUntil(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + PATIENCE);
            }
            Thread.sleep(20);
        }
    }
}
