/**
 * Monitoring over HTTP: the items' observed states and what they affect now, and the incident of
 * an alert, registered by {@link org.itilhis.adapters.rest.monitoring.CiStateResources}.
 */
package org.itilhis.adapters.rest.monitoring;
