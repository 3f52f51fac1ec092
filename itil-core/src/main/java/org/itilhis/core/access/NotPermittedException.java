package org.itilhis.core.access;

import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.Text;

/** The actor's roles do not permit the command on this record. Nothing was changed. */
public final class NotPermittedException extends DomainException {
    private final Permission permission;

    public NotPermittedException(StaffId actor, Permission permission, String record) {
        super("access.denied", actor, Text.label(permission), record);
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
