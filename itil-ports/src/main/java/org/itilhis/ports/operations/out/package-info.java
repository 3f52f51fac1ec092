/**
 * Driven ports of the daily operations records: the stores of inspection templates, schedules
 * and rounds, the machine room log, backup jobs and runs, repairs and the stock ledger. Adapters
 * prove themselves with the test kit's contracts.
 */
package org.itilhis.ports.operations.out;
