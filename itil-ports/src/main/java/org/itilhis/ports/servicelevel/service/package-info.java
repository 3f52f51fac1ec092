/**
 * Service level management's application services, wired through {@link
 * org.itilhis.ports.servicelevel.service.ServiceLevels} on top of the service desk: the SLA
 * monitor, the queries and the administration of the configuration.
 */
package org.itilhis.ports.servicelevel.service;
