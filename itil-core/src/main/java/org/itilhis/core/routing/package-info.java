/**
 * The division of duties: which assignment group owns a ticket of a given category, at a
 * given location, about a given class of configuration item. Every ticket gets an owning
 * group from the {@link org.itilhis.core.routing.RoutingTable}; there is always a
 * fallback group, so no ticket is left without an owner.
 */
package org.itilhis.core.routing;
