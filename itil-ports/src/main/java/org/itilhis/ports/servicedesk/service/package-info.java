/**
 * The service desk's application services, wired by hand through {@link
 * org.itilhis.ports.servicedesk.service.ServiceDesk}: one command per transaction (validate,
 * authorise, load, let the aggregate decide, save with its version, append its events,
 * notify after the commit).
 */
package org.itilhis.ports.servicedesk.service;
