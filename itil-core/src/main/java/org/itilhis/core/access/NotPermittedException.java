package org.itilhis.core.access;

import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.Text;

/** The actor's roles do not permit the command on this record. Nothing was changed. */
public final class NotPermittedException extends DomainException {
    private final StaffId actor;
    private final Permission permission;
    private final String record;

    public NotPermittedException(StaffId actor, Permission permission, String record) {
        super("access.denied", actor, Text.label(permission), record);
        this.actor = actor;
        this.permission = permission;
        this.record = record;
    }

    public StaffId actor() {
        return actor;
    }

    public Permission permission() {
        return permission;
    }

    /** The record as the refusal names it: a ticket number, "the CMDB", never personal data. */
    public String record() {
        return record;
    }
}
