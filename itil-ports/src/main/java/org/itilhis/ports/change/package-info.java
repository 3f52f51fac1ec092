/**
 * Change management (issue 16): the ports around the change aggregate of {@code
 * org.itilhis.core.change} and the schedule of {@code org.itilhis.core.change.schedule}, above
 * the service desk, the CMDB and problem management; the links from changes to problems and
 * incidents belong here.
 */
package org.itilhis.ports.change;
