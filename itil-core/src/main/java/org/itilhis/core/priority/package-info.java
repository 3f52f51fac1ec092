/**
 * Incident prioritisation as ITIL defines it: priority follows from impact (how much of
 * the hospital is affected) and urgency (how quickly patient care suffers), looked up in a
 * {@link org.itilhis.core.priority.PriorityMatrix} that each hospital configures, then
 * raised for clinically critical services and forced to the top for major incidents and
 * patient-safety events. The whole rule is a value, a
 * {@link org.itilhis.core.priority.PriorityPolicy}, that can be printed for the change
 * advisory board and explains every result it gives; manual deviations are recorded as a
 * {@link org.itilhis.core.priority.PriorityOverride}.
 */
package org.itilhis.core.priority;
