/**
 * What the JDBC stores of every practice share: the parts each practice's registration object
 * builds its stores from ({@link org.itilhis.adapters.jdbc.common.JdbcStoreParts}), the
 * transactions ({@link org.itilhis.adapters.jdbc.common.JdbcTransactions}), the event log and
 * its sealing chain, idempotency records, the JSON codec, the SQL that differs between
 * databases ({@link org.itilhis.adapters.jdbc.common.Dialect}) and small SQL helpers.
 */
package org.itilhis.adapters.jdbc.common;
