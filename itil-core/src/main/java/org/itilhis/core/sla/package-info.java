/**
 * Service level management: what a hospital IT service promises and how far each ticket is
 * from breaking that promise. A {@link org.itilhis.core.sla.ServiceCatalogueEntry} carries
 * its {@link org.itilhis.core.sla.ServiceLevelAgreement} (response and resolution targets
 * per priority in business time, warning thresholds, the hold reasons that pause the clock);
 * a {@link org.itilhis.core.sla.CalendarPolicy} chooses the calendar from the service's
 * criticality. {@link org.itilhis.core.sla.SlaClocks#measure} derives a ticket's clocks and
 * per-group OLA segments from its event history alone, with the calendar version in force
 * when the ticket was raised, so any past figure can be recomputed and explained.
 */
package org.itilhis.core.sla;
