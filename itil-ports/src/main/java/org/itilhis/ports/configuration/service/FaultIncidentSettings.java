package org.itilhis.ports.configuration.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.priority.Impact;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.priority.Urgency;
import org.itilhis.core.shared.DepartmentId;

/**
 * How the incidents the library raises for faults are logged: the department the contact is
 * logged for (the information centre's own), the impact and urgency they are assessed with
 * before the item's criticality raises them, the lowest criticality, and the routing category
 * when the report names none (the item's class routes first).
 *
 * @param department  the calling department of the monitoring contact
 * @param impact      the impact level code, e.g. {@code ONE_DEPARTMENT}
 * @param urgency     the urgency level code, e.g. {@code DEGRADED}
 * @param criticality the criticality when the CMDB knows none higher for the item
 * @param category    the routing category when the report names none
 * @param minutes     the minutes recorded with a fault added to its open incident (at least 1)
 */
public record FaultIncidentSettings(DepartmentId department, String impact, String urgency,
                                    ServiceCriticality criticality, String category, int minutes) {
    public FaultIncidentSettings {
        checkNotNull(department, "department");
        checkNotNull(impact, "impact");
        checkNotNull(urgency, "urgency");
        checkNotNull(criticality, "criticality");
        checkNotNull(category, "category");
        checkArgument(!category.isBlank(), "category is blank");
        checkArgument(minutes >= 1 && minutes <= 1440, "minutes %s not within 1..1440", minutes);
    }

    /**
     * The information centre ({@code it}) reports; one department's service degraded, to be
     * raised by the item's criticality; routed by the item's class, else as infrastructure; a
     * minute noted for each finding added.
     */
    public static FaultIncidentSettings hospitalDefault() {
        return new FaultIncidentSettings(DepartmentId.of("it"), Impact.ONE_DEPARTMENT.code(), Urgency.DEGRADED.code(),
                ServiceCriticality.GENERAL, "infrastructure", 1);
    }
}
