/**
 * The staff directory from LDAP or Active Directory, on the UnboundID LDAP SDK: {@link
 * org.itilhis.adapters.ldap.LdapStaffDirectory} implements the {@code StaffDirectory} port
 * of {@code org.itilhis.ports.common} from a snapshot of the directory that it reads again
 * periodically, so that leavers drop out. {@link org.itilhis.adapters.ldap.LdapSettings} says
 * how to reach the directory, {@link org.itilhis.adapters.ldap.DirectoryMapping} (with its
 * OpenLDAP and Active Directory presets) how its entries become people, assignment groups,
 * departments and roles. The adapter depends on the ports and the core only, never on
 * another adapter.
 */
package org.itilhis.adapters.ldap;
