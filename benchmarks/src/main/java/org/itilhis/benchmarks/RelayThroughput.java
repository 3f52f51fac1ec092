package org.itilhis.benchmarks;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * How many events a second the notification relay delivers to a webhook on this machine. The
 * load server ({@link LoadServer#startWithRelay}) runs with the relay held while 8 HTTP clients
 * raise incidents for {@code --fill} seconds (every ticket event a delivery to come); then the
 * relay is let go and the driver times its catch-up: every backlogged ticket event signed, posted
 * to the local receiver, verified there, and the subscriber's position stored after each. Prints
 * the deliveries, the distinct events, the duplicates and the rate. Not run by the build.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.itilhis.benchmarks.RelayThroughput [--fill 20]
 * </pre>
 */
public final class RelayThroughput {
    private RelayThroughput() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        int fill = args.length == 2 && args[0].equals("--fill") ? HttpLoadDriver.bounded("--fill", args[1], 1, 600)
                : 20;
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        try (LoadServer server = LoadServer.startWithRelay(10)) {
            RelayLoad relay = server.relay();
            relay.hold(true);
            HttpLoadDriver.Result filled = HttpLoadDriver.of(server.apiUri(), server.token()).level(8, 0, fill);
            long start = System.nanoTime();
            relay.hold(false);
            boolean caughtUp = relay.awaitCaughtUp(Duration.ofMinutes(10));
            // awaitCaughtUp waits for 5 quiet polls of 100 ms after the last delivery
            double seconds = Math.max(0.001, (System.nanoTime() - start) / 1e9 - 0.5);
            WebhookReceiver receiver = relay.receiver();
            out.printf(Locale.ROOT, "itilhis notification relay throughput: %d cores, Java %s; %s%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), server.describe());
            out.printf(Locale.ROOT, "backlog: %d incidents raised over HTTP in %d s with the relay held (%d errors)%n",
                    filled.incidents(), fill, filled.errors());
            out.printf(Locale.ROOT, "caught up: %s in %.1f s: %d webhook deliveries verified (%d distinct events, "
                            + "%d duplicates, %d forged), %.0f deliveries/s, %d failed deliveries%n", caughtUp, seconds,
                    receiver.deliveries(), receiver.distinctEvents(), receiver.deliveries() - receiver.distinctEvents(),
                    receiver.forged(), receiver.deliveries() / seconds, relay.failures());
        }
    }
}
