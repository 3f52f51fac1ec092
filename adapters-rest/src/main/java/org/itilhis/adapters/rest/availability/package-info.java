/**
 * Availability over HTTP: outages declared on incidents ({@code /api/v1/outages}), the business
 * services' targets ({@code /api/v1/availability-targets}) and the availability report ({@code
 * /api/v1/reports/availability}), registered by {@link
 * org.itilhis.adapters.rest.availability.AvailabilityResources}.
 */
package org.itilhis.adapters.rest.availability;
