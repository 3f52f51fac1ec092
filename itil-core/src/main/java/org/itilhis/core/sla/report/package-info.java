/**
 * Service level reporting: pure functions from {@link org.itilhis.core.sla.SlaMeasurement}s,
 * gathered by the application layer at one measuring instant, to an
 * {@link org.itilhis.core.sla.report.SlaReport} of SLA compliance per service, priority,
 * assignment group and period, mean (and median, p90) times to acknowledge and to resolve in
 * business time, per-group OLA figures, and the tickets currently at risk or breached. This
 * package depends on {@code org.itilhis.core.sla}, never the reverse.
 */
package org.itilhis.core.sla.report;
