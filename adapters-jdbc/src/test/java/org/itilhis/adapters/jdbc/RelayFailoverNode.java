package org.itilhis.adapters.jdbc;

import java.net.URI;

/**
 * Node A of {@link PostgresqlRelayFailoverIT}, run in a JVM of its own so that the test can kill
 * it outright ({@code Process.destroyForcibly()}), as a crashed server dies: no shutdown hook,
 * no closed connection, no finished run. Arguments: JDBC URL, user, password, the receiver's URI
 * and the node's name. Runs until killed.
 */
public final class RelayFailoverNode {
    private RelayFailoverNode() {
    }

    public static void main(String[] args) throws InterruptedException {
        RelayNode.start(args[0], args[1], args[2], URI.create(args[3]), args[4]);
        Thread.sleep(Long.MAX_VALUE);
    }
}
