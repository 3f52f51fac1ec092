/**
 * The outbound ports on JDBC, for PostgreSQL, MariaDB and H2, one package per practice
 * ({@code servicedesk}, {@code servicelevel}, {@code configuration}) and what they share in
 * {@code common}: tickets and contacts with optimistic locking (a row per aggregate with its
 * queryable columns and its snapshot as JSON), the append-only event log (audit trail and
 * outbox, ordered and hash-chained after commit, ADR 0009), ticket numbers that never repeat
 * (ADR 0010), idempotency records, service level management's configuration, calendars,
 * watch list, standings and escalation log, the CMDB's items and links, all in the caller's
 * transaction ({@link org.itilhis.adapters.jdbc.common.JdbcTransactions}); and {@link
 * org.itilhis.adapters.jdbc.ClusterTimers}, recurring work such as the SLA monitor run on one
 * node at a time by db-scheduler. Jdbi runs the SQL, Flyway owns the schema, HikariCP pools
 * connections, Jackson writes the JSON. Embedders start from {@link
 * org.itilhis.adapters.jdbc.JdbcServiceDeskStorage} and {@link
 * org.itilhis.adapters.jdbc.JdbcDataSources}; the practices' packages are its parts, public
 * so that it can wire them, not meant to be built one by one: each practice's stores are
 * built together by its registration object ({@code JdbcServiceDeskStores}, {@code
 * JdbcServiceLevelStores}, {@code JdbcCmdbStores}) from the shared {@code JdbcStoreParts}.
 * {@link org.itilhis.adapters.jdbc.DatabaseRoles} says whom it connects as: the schema's owner
 * for the migrations and a runtime user for the commands, given only the rights of the grants
 * scripts in {@code org/itilhis/adapters/jdbc/roles/} ({@code docs/database-roles.md}).
 */
package org.itilhis.adapters.jdbc;
