package org.itilhis.core.cmdb;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.priority.ServiceCriticality;

/**
 * A configuration item as the relationship graph sees it: its identity, its class code
 * (as defined by the CI class hierarchy), how critical it is for patient care and whether it is
 * a business service that people use (outpatient registration, inpatient pharmacy).
 */
public record CiNode(CiId id, String classCode, ServiceCriticality criticality, boolean businessService) {
    public CiNode {
        checkNotNull(id, "id");
        checkNotNull(classCode, "classCode");
        checkNotNull(criticality, "criticality");
        checkArgument(!classCode.isBlank(), "class code is blank for %s", id);
        classCode = classCode.strip();
    }

    /** Whether it is a business service whose loss stops or endangers care. */
    public boolean isClinicalCriticalService() {
        return businessService && criticality == ServiceCriticality.CLINICAL_CRITICAL;
    }
}
