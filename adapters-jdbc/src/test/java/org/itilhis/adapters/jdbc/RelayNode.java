package org.itilhis.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.itilhis.ports.notification.out.RelayMetrics;
import org.itilhis.ports.notification.out.RelayedEvent;
import org.itilhis.ports.notification.out.Subscriber;
import org.itilhis.ports.notification.service.NotificationRelay;
import org.itilhis.ports.notification.service.RelayPorts;
import org.itilhis.ports.notification.service.RelaySettings;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.RecordingNotifier;

/**
 * One application node of the relay's failover test: its own pool on the shared database, the
 * relay run as a cluster timer (one node at a time follows the log, each run for {@link #RUN}),
 * and one subscriber that POSTs each event's id to the test's HTTP receiver, naming the node.
 */
final class RelayNode implements AutoCloseable {
    static final String SUBSCRIBER = "http-receiver";
    static final Duration POLLING = Duration.ofMillis(100);
    static final Duration RUN = Duration.ofSeconds(5);

    private final HikariDataSource pool;
    private final ClusterTimers timers;

    private RelayNode(HikariDataSource pool, ClusterTimers timers) {
        this.pool = pool;
        this.timers = timers;
    }

    static RelayNode start(String url, String user, String password, URI receiver, String node) {
        HikariDataSource pool = JdbcDataSources.pooled(url, user, password, 4);
        JdbcServiceDeskStorage storage = JdbcServiceDeskStorage.create(pool);
        ServiceDeskPorts desk = new ServiceDeskPorts(storage.tickets(), storage.contacts(), storage.numbers(),
                storage.events(), new RecordingNotifier(), DemoHospital.directory(), storage.transactions(),
                Clock.systemUTC(), storage.personalDataReads());
        NotificationRelay relay = NotificationRelay.create(
                new RelayPorts(desk, storage.relay().positions(), storage.relay().deliveries()),
                RelaySettings.defaults().withIdlePause(Duration.ofMillis(20)),
                List.of(() -> List.of(new HttpSubscriber(receiver, node))), RelayMetrics.NONE);
        ClusterTimers timers = ClusterTimers.start(pool, node, POLLING,
                List.of(new ClusterTimers.Timer("notification-relay", Duration.ofMillis(10), () -> relay.follow(RUN))));
        return new RelayNode(pool, timers);
    }

    @Override
    public void close() {
        timers.close();
        pool.close();
    }

    /** POSTs the event id to the receiver; a refusal or a timeout throws, so the relay retries it. */
    private record HttpSubscriber(URI receiver, String node) implements Subscriber {
        private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        @Override
        public String name() {
            return SUBSCRIBER;
        }

        @Override
        public boolean wants(RelayedEvent event) {
            return true;
        }

        @Override
        public void deliver(RelayedEvent event) {
            HttpRequest request = HttpRequest.newBuilder(receiver).timeout(Duration.ofSeconds(2))
                    .header("X-Node", node)
                    .POST(HttpRequest.BodyPublishers.ofString(event.id()))
                    .build();
            try {
                int status = CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status / 100 != 2) {
                    throw new IllegalStateException("the receiver answered " + status + " to " + event.id());
                }
            } catch (IOException failure) {
                throw new IllegalStateException("posting " + event.id() + " failed", failure);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted posting " + event.id(), interrupted);
            }
        }
    }
}
