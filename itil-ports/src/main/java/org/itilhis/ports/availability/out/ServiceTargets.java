package org.itilhis.ports.availability.out;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.availability.ServiceTarget;
import org.itilhis.core.cmdb.CiId;

/**
 * The business services' availability targets, one per service. A save of a target whose
 * stored version is no longer the one it was loaded at (or a first target of a service that has
 * one) fails with a {@link org.itilhis.core.shared.VersionConflictException} of kind {@code
 * availability-target}.
 */
public interface ServiceTargets {
    Optional<ServiceTarget> find(CiId service);

    /** Inserts a first target or updates a changed one, at the version it was loaded (its pending events not counted). */
    void save(ServiceTarget target);

    /** Every target, by service id as text. */
    List<ServiceTarget> all();
}
