package org.itilhis.core.priority;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What the service desk establishes about an incident before its priority is set: its ITIL
 * impact and urgency, the criticality of the affected service, and whether it is a major
 * incident or a patient-safety event. Whether the impact and urgency are levels the
 * hospital's matrix knows is checked by {@link PriorityPolicy#assess}, not here.
 *
 * @param majorIncident {@code true} for a declared major incident or an incident that puts
 *                      patient safety at risk; either one forces {@link Priority#P1}
 */
public record PriorityFactors(Impact impact, Urgency urgency, ServiceCriticality criticality, boolean majorIncident) {
    public PriorityFactors {
        checkNotNull(impact, "impact");
        checkNotNull(urgency, "urgency");
        checkNotNull(criticality, "criticality");
    }
}
