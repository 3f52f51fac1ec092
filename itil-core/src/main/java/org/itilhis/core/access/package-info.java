/**
 * Who may do what: the hospital's division of authority as a table of
 * {@link org.itilhis.core.access.AccessRule}s (role, permission, scope). A reporter acts on
 * their own tickets, an engineer on the tickets of their groups, the service desk on all.
 * The application services consult the {@link org.itilhis.core.access.AccessPolicy} for
 * every command, so the same rules hold through REST and through the Java API.
 */
package org.itilhis.core.access;
