package org.itilhis.adapters.rest;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.glassfish.jersey.servlet.ServletContainer;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API on an embedded Jetty 12 (Jakarta Servlet 6.1, Jersey's servlet container), the
 * default runtime. Jetty announces no version, and what it refuses before the API sees a
 * request (a malformed request line, an ambiguous path) is answered as a problem too.
 * {@link #close()} stops it, letting running requests finish for a few seconds and saying
 * when some did not.
 */
public final class RestServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);
    private static final long STOP_TIMEOUT_MILLIS = 5_000;

    private final Server server;
    private final ServerConnector connector;
    private final GracefulHandler inFlight;
    private final boolean tls;

    private RestServer(Server server, ServerConnector connector, GracefulHandler inFlight, boolean tls) {
        this.server = server;
        this.connector = connector;
        this.inFlight = inFlight;
        this.tls = tls;
    }

    /**
     * Starts serving {@code api} on {@code host} (an address to bind, {@code 127.0.0.1} say) and
     * {@code port} (0 picks a free one; see {@link #port()}).
     *
     * @throws IllegalStateException if the server cannot start (the port is taken, say)
     */
    public static RestServer start(RestApi api, String host, int port) {
        return start(api, host, port, Capacity.DEFAULT);
    }

    /**
     * Starts serving {@code api} with {@code capacity}: at most so many requests run at once,
     * so many more wait, each for a limited time; the rest are answered 503 with
     * {@code Retry-After} at once. The health endpoint is never held back.
     *
     * @throws IllegalStateException if the server cannot start (the port is taken, say)
     */
    public static RestServer start(RestApi api, String host, int port, Capacity capacity) {
        return start(api, host, port, capacity, Optional.empty());
    }

    /**
     * Starts serving {@code api} with {@code capacity} over https, TLS terminated by Jetty with
     * {@code tls}: plain http is not answered on the port.
     *
     * @throws IllegalStateException if the server cannot start (the port is taken, the key store
     *         cannot be opened with its password, say)
     */
    public static RestServer start(RestApi api, String host, int port, Capacity capacity, ServerTls tls) {
        return start(api, host, port, capacity, Optional.of(checkNotNull(tls, "tls")));
    }

    private static RestServer start(RestApi api, String host, int port, Capacity capacity, Optional<ServerTls> tls) {
        checkNotNull(api, "api");
        checkNotNull(host, "host");
        checkNotNull(capacity, "capacity");
        checkArgument(port >= 0 && port <= 65_535, "port %s out of range", port);
        Server server = new Server();
        ServerConnector connector = connector(server, host, port, tls);
        server.addConnector(connector);
        QoSHandler admission = new QoSHandler(context(api));
        admission.setMaxRequestCount(capacity.concurrentRequests());
        admission.setMaxSuspendedRequestCount(capacity.queuedRequests());
        admission.setMaxSuspend(capacity.maxWait());
        admission.excludePath(ApiPaths.HEALTH);
        api.load().watch(new RecentRefusals(admission)::lately);
        GracefulHandler inFlight = new GracefulHandler(admission);
        server.setHandler(inFlight);
        server.setErrorHandler(new ProblemErrorHandler());
        server.setStopTimeout(STOP_TIMEOUT_MILLIS);
        try {
            server.start();
        } catch (Exception failure) {
            stopQuietly(server);
            throw new IllegalStateException("cannot start the REST server on " + host + ":" + port, failure);
        }
        LOG.info("REST API listening on {}:{}{}", host, connector.getLocalPort(), tls.isPresent() ? " (https)" : "");
        return new RestServer(server, connector, inFlight, tls.isPresent());
    }

    /**
     * How much work the server admits: {@code concurrentRequests} run at once (size it to the
     * connection pool and the cores: more only wait for a connection), {@code queuedRequests}
     * more wait, each at most {@code maxWait}; anything beyond is answered 503 with
     * {@code Retry-After} (problem+json) at once, and a request that waited {@code maxWait}
     * likewise, so that no client hangs on an overloaded server.
     */
    public record Capacity(int concurrentRequests, int queuedRequests, Duration maxWait) {
        /** 32 at once, 1,024 waiting up to one second each. */
        public static final Capacity DEFAULT = new Capacity(32, 1_024, Duration.ofSeconds(1));

        public Capacity {
            checkArgument(concurrentRequests >= 1, "concurrentRequests %s below 1", concurrentRequests);
            checkArgument(queuedRequests >= 0, "negative queuedRequests %s", queuedRequests);
            checkArgument(!checkNotNull(maxWait, "maxWait").isNegative() && !maxWait.isZero(),
                    "maxWait %s is not positive", maxWait);
        }
    }

    /**
     * Whether the admission handler turned requests away lately: a refusal counts from the
     * first look that sees it (the health endpoint's), for ten seconds.
     */
    private static final class RecentRefusals {
        private static final long WINDOW_NANOS = Duration.ofSeconds(10).toNanos();

        private final QoSHandler admission;
        private long seen;
        private long lastRefusalNanos;

        RecentRefusals(QoSHandler admission) {
            this.admission = admission;
        }

        synchronized boolean lately() {
            long refused = admission.getTotalExpiredRequestCount() + admission.getTotalExceededRequestCount();
            long now = System.nanoTime();
            if (refused > seen) {
                seen = refused;
                lastRefusalNanos = now;
            }
            return seen > 0 && now - lastRefusalNanos < WINDOW_NANOS;
        }
    }

    private static ServerConnector connector(Server server, String host, int port, Optional<ServerTls> tls) {
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = tls.map(settings -> new ServerConnector(server, sslContext(settings),
                        new HttpConnectionFactory(secure(http, settings))))
                .orElseGet(() -> new ServerConnector(server, new HttpConnectionFactory(http)));
        connector.setHost(host);
        connector.setPort(port);
        return connector;
    }

    private static SslContextFactory.Server sslContext(ServerTls tls) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(tls.keyStore().toAbsolutePath().toString());
        ssl.setKeyStoreType("PKCS12");
        ssl.setKeyStorePassword(tls.password());
        ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        return ssl;
    }

    private static HttpConfiguration secure(HttpConfiguration http, ServerTls tls) {
        HttpConfiguration https = new HttpConfiguration(http);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        secure.setStsMaxAge(tls.hstsMaxAge().toSeconds());
        https.addCustomizer(secure);
        return https;
    }

    private static ServletContextHandler context(RestApi api) {
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder("itilhis-rest", new ServletContainer(api.resourceConfig())), "/*");
        context.setErrorHandler(new ProblemErrorHandler());
        return context;
    }

    /** The port the server listens on. */
    public int port() {
        return connector.getLocalPort();
    }

    /** {@code http://host:port/} ({@code https} with TLS), the base of every path of the API. */
    public URI baseUri() {
        String host = connector.getHost();
        return URI.create((tls ? "https" : "http") + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                + port() + "/");
    }

    /**
     * Stops the server: new requests are refused, running ones get {@value #STOP_TIMEOUT_MILLIS}
     * ms to finish.
     *
     * @throws IllegalStateException if requests were still running then and were cut off (the
     *         server is stopped all the same); the log says how many
     */
    @Override
    public void close() {
        long cutOff = 0;
        try {
            inFlight.shutdown().get(STOP_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS); // new requests get 503 meanwhile
        } catch (TimeoutException stillRunning) {
            cutOff = inFlight.getCurrentRequestCount();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            cutOff = inFlight.getCurrentRequestCount();
        } catch (ExecutionException failed) {
            LOG.warn("waiting for the running requests failed", failed);
        }
        server.setStopTimeout(0); // the running requests had their time above
        stopQuietly(server);
        if (cutOff > 0) {
            LOG.warn("REST API stopped with {} requests still running after {} ms: they were cut off", cutOff,
                    STOP_TIMEOUT_MILLIS);
            throw new IllegalStateException(cutOff + " requests were cut off when the REST API stopped");
        }
        LOG.info("REST API stopped");
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception failure) {
            LOG.warn("the REST server did not stop cleanly", failure);
        }
    }
}
