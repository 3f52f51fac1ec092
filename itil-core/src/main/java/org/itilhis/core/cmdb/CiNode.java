package org.itilhis.core.cmdb;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.DepartmentId;

/**
 * A configuration item as the relationship graph sees it: its identity, its class code
 * (as defined by the CI class hierarchy), how critical it is for patient care and whether it is
 * a business service that people use (outpatient registration, inpatient pharmacy), and the
 * department that owns it, whose work stops when it fails.
 */
public record CiNode(CiId id, String classCode, ServiceCriticality criticality, boolean businessService,
                     Optional<DepartmentId> owningDepartment) {
    public CiNode {
        checkNotNull(id, "id");
        checkNotNull(classCode, "classCode");
        checkNotNull(criticality, "criticality");
        checkNotNull(owningDepartment, "owningDepartment");
        checkArgument(!classCode.isBlank(), "class code is blank for %s", id);
        classCode = classCode.strip();
    }

    /** An item no department owns. */
    public CiNode(CiId id, String classCode, ServiceCriticality criticality, boolean businessService) {
        this(id, classCode, criticality, businessService, Optional.empty());
    }

    /** Whether it is a business service whose loss stops or endangers care. */
    public boolean isClinicalCriticalService() {
        return businessService && criticality == ServiceCriticality.CLINICAL_CRITICAL;
    }
}
