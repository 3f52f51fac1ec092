/**
 * The service desk's application services, wired by hand through {@link
 * org.itilhis.ports.servicedesk.service.ServiceDesk}: each command runs through the {@link
 * org.itilhis.ports.common.CommandPipeline} (validate; in one transaction load, authorise,
 * check the version, let the aggregate decide, save, append its events; notify after the
 * commit).
 */
package org.itilhis.ports.servicedesk.service;
