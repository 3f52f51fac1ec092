/**
 * What every practice shares: the {@link org.itilhis.ports.common.CommandPipeline} every
 * command runs through (ADR 0012), the transactions it runs in, the event log, the staff
 * directory, the notifier, idempotency records and the validation of commands. A practice
 * depends on this package and on the practices below it (docs/practices.md), never on one
 * above it.
 */
package org.itilhis.ports.common;
