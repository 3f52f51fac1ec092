package org.itilhis.ports.common;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.StaffId;

/** A person of the hospital as the directory knows them. */
public record StaffMember(StaffId id, String name, DepartmentId department, Optional<String> extension) {
    public StaffMember {
        checkNotNull(id, "id");
        checkNotNull(name, "name");
        checkNotNull(department, "department");
        checkNotNull(extension, "extension");
    }
}
