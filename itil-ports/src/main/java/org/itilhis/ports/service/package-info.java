/**
 * The application services: they implement the use cases of {@code ports.in} on the
 * domain, one command per transaction: validate, authorise, load, let the aggregate
 * decide, save with its version, append its events, and notify after the commit. Wire
 * them by hand through {@link org.itilhis.ports.service.ServiceDesk}; no framework needed.
 */
package org.itilhis.ports.service;
