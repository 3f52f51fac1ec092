/**
 * The service desk's outbound ports on JDBC, for PostgreSQL, MariaDB and H2: tickets and
 * contacts with optimistic locking (a row per aggregate with its queryable columns and its
 * snapshot as JSON), the append-only event log (audit trail and outbox), ticket numbers
 * that never repeat, and idempotency records, all in the caller's transaction
 * ({@link org.itilhis.adapters.jdbc.JdbcTransactions}). Jdbi runs the SQL, Flyway owns the
 * schema, HikariCP pools connections, Jackson writes the JSON. Embedders start from
 * {@link org.itilhis.adapters.jdbc.JdbcServiceDeskStorage}; what differs between databases
 * is confined to {@link org.itilhis.adapters.jdbc.Dialect}.
 */
package org.itilhis.adapters.jdbc;
