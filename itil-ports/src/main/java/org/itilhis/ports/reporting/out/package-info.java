/**
 * Driven ports of the reporting practice: {@link org.itilhis.ports.reporting.out.WorkloadFacts},
 * the workload projection's store of facts pre-aggregated per day, its worked intervals, the
 * little per-ticket state that attributes later events, and the event log position it is
 * current to. Adapters prove themselves with the test kit's {@code WorkloadFactsContract}.
 */
package org.itilhis.ports.reporting.out;
