/**
 * The CMDB's application services, wired through {@link
 * org.itilhis.ports.configuration.service.Cmdb} on top of the service desk.
 */
package org.itilhis.ports.configuration.service;
