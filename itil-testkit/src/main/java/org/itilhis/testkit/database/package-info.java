/**
 * The database servers of the development and CI machines, for integration tests of JDBC
 * adapters and of applications built on them: connection settings with environment
 * overrides, a fresh schema or database per test, and a failure that says how to start
 * the server (or skip its tests) when it is unreachable.
 */
package org.itilhis.testkit.database;
