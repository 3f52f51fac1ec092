/**
 * Monitoring's JDBC stores: the alert log (positions drawn under one lock so that followers never
 * skip an alert), the sources, the mapping rules and the rejections, registered by {@link
 * org.itilhis.adapters.jdbc.monitoring.JdbcMonitoringStores}; the alert correlator's position, the
 * items' observed states and their periods, and the links between alerts and incidents (V38),
 * registered by {@link org.itilhis.adapters.jdbc.monitoring.JdbcCorrelationStores}.
 */
package org.itilhis.adapters.jdbc.monitoring;
