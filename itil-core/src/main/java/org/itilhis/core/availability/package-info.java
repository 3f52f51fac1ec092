/**
 * Service availability: outages of configuration items (declared on incidents, seen by
 * monitoring, recorded as repair downtime), planned maintenance inside approved change
 * windows, availability targets, and the computation that propagates item outages to a
 * business service through the CMDB's impact rules and measures them in the service's
 * calendar ({@link org.itilhis.core.availability.AvailabilityMeasurement}).
 */
package org.itilhis.core.availability;
