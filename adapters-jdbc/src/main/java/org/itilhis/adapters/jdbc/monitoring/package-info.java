/**
 * Monitoring's JDBC stores: the alert log (positions drawn under one lock so that followers never
 * skip an alert), the sources, the mapping rules and the rejections; {@link
 * org.itilhis.adapters.jdbc.monitoring.JdbcMonitoringStores} registers them.
 */
package org.itilhis.adapters.jdbc.monitoring;
