/**
 * The service desk's outbound ports on JDBC, for PostgreSQL, MariaDB and H2: tickets and
 * contacts with optimistic locking (a row per aggregate with its queryable columns and its
 * snapshot as JSON), the append-only event log (audit trail and outbox, ordered and
 * hash-chained after commit, ADR 0009), ticket numbers that never repeat (ADR 0010),
 * idempotency records, and service level management's configuration, calendars, clock watch
 * list and escalation log, all in the caller's transaction ({@link org.itilhis.adapters.jdbc.JdbcTransactions}); and
 * {@link org.itilhis.adapters.jdbc.ClusterTimers}, recurring work such as the SLA monitor
 * run on one node at a time by db-scheduler. Jdbi runs the SQL, Flyway owns the schema,
 * HikariCP pools connections, Jackson writes the JSON. Embedders start from
 * {@link org.itilhis.adapters.jdbc.JdbcServiceDeskStorage}; what differs between databases
 * is confined to {@link org.itilhis.adapters.jdbc.Dialect}.
 */
package org.itilhis.adapters.jdbc;
