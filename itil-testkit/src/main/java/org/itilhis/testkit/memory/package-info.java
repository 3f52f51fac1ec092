/**
 * In-memory implementations of every outbound port, for tests, property runs, benchmarks
 * and the walkthrough. They honour the same contracts as the JDBC adapters (optimistic
 * locking, unique ticket numbers, append-only event log, all-or-nothing transactions) and
 * pass the same contract tests.
 */
package org.itilhis.testkit.memory;
