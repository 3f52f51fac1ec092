/**
 * Monitoring's REST resources: the receivers of the monitoring sources' deliveries
 * ({@code POST /api/v1/alerts/{source}}, authenticated by the source's own credentials, not the
 * staff's), the readers of their formats ({@link org.itilhis.adapters.rest.monitoring.AlertFormats}),
 * the alerts, the sources, the mapping rules and the rejections, registered by {@link
 * org.itilhis.adapters.rest.monitoring.MonitoringResources}; the items' observed states, what they
 * affect now and the incident of an alert, registered by {@link
 * org.itilhis.adapters.rest.monitoring.CiStateResources}.
 */
package org.itilhis.adapters.rest.monitoring;
