/**
 * The contract test kit: JUnit 5 interfaces whose default test methods state what every
 * adapter of an outbound port must do (optimistic locking, unique ticket numbers, an
 * append-only, ordered event log, all-or-nothing transactions that nested calls join,
 * work-queue order, idempotency keys recorded once, a notifier that accepts every
 * notification from any thread, a staff directory whose lookups agree). An adapter's
 * test class implements the interface and its factory methods, and so runs the same checks
 * as the in-memory adapters of {@code org.itilhis.testkit.memory}.
 */
package org.itilhis.testkit.contract;
