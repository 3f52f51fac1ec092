/**
 * Availability on JDBC: the outages declared on incidents ({@code declared_outage}) and the
 * business services' targets ({@code availability_target}), both of migration V39, and their
 * registration ({@link org.itilhis.adapters.jdbc.availability.JdbcAvailabilityStores}).
 */
package org.itilhis.adapters.jdbc.availability;
