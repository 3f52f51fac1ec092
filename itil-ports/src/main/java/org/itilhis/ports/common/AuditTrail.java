package org.itilhis.ports.common;

/**
 * The audit trail as evidence: the event log sealed in one order, each event holding the hash
 * of its content and of the event before it (ADR 0009), so that an event changed, deleted or
 * inserted behind the application's back shows as a broken link (ADR 0013 says what the
 * verification can and cannot find).
 *
 * <p>An optional port. The JDBC adapter offers it ({@code JdbcEventLog}), on the rows a
 * database administrator could edit. The test kit's in-memory event log does not: it keeps no
 * hashes, and nothing outside the process can reach its list to change it, so a verification
 * there would have nothing to find; a wiring without this port serves no verification (the
 * REST adapter answers 404).
 */
public interface AuditTrail {
    /**
     * Walks the whole chain, oldest first, in constant memory, and reports how much of it holds
     * and where it breaks first. Events committed but not sealed yet may be sealed first (the
     * JDBC adapter does), so that the check covers every committed event.
     *
     * @throws StorageException if the log cannot be read
     */
    AuditTrailCheck verify();
}
