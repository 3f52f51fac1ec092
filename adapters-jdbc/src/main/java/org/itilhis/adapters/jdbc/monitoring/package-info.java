/**
 * Monitoring on JDBC: the alert correlator's position, the items' observed states and their
 * periods, and the links between alerts and incidents (V38), registered by
 * {@link org.itilhis.adapters.jdbc.monitoring.JdbcCorrelationStores}.
 */
package org.itilhis.adapters.jdbc.monitoring;
