/**
 * Driving ports of change management: raising a change ({@link
 * org.itilhis.ports.change.in.RaiseChange}) and every later step ({@link
 * org.itilhis.ports.change.in.ChangeCommand}), the change configuration (boards, templates,
 * windows: {@link org.itilhis.ports.change.in.ChangeConfigurationCommand}), and the reader's
 * views and queries: a change, the forward schedule, a dry-run conflict check, the CAB's agenda
 * and the incidents a change possibly caused.
 */
package org.itilhis.ports.change.in;
