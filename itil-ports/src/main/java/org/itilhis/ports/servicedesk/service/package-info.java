/**
 * The service desk's application services, wired by hand through {@link
 * org.itilhis.ports.servicedesk.service.ServiceDesk}: each command runs through the {@link
 * org.itilhis.ports.common.CommandPipeline} (validate; in one transaction load, authorise,
 * check the version, let the aggregate decide, save, append its events). Whom the events
 * concern hears of them through the notification relay ({@link
 * org.itilhis.ports.notification.service.PeopleNotifications}), not from these services.
 */
package org.itilhis.ports.servicedesk.service;
