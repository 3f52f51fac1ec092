/**
 * What every practice shares: the transactions one command runs in, the event log, the staff
 * directory, the notifier, idempotency records and the validation of commands. A practice
 * depends on this package and on the practices below it (docs/practices.md), never on one
 * above it.
 */
package org.itilhis.ports.common;
