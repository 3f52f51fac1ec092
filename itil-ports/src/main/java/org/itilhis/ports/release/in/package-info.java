/**
 * Driving ports of release management: planning a release ({@link
 * org.itilhis.ports.release.in.PlanRelease}), every later step as a {@link
 * org.itilhis.ports.release.in.ReleaseCommand}, the reader's view and the queries.
 */
package org.itilhis.ports.release.in;
