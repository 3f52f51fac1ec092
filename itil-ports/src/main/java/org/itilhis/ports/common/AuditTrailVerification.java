package org.itilhis.ports.common;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.Permission;
import org.itilhis.core.shared.Actor;

/**
 * The verification of the {@link AuditTrail} for people: the actor needs
 * {@link Permission#VERIFY_AUDIT_TRAIL} (the director's, by the hospital default). Wired where
 * the audit trail is offered, as {@code new AuditTrailVerification(storage.events(),
 * settings.access())}; the REST adapter serves it when given one.
 */
public final class AuditTrailVerification {
    private final AuditTrail trail;
    private final AccessPolicy access;

    public AuditTrailVerification(AuditTrail trail, AccessPolicy access) {
        this.trail = checkNotNull(trail, "trail");
        this.access = checkNotNull(access, "access");
    }

    /**
     * Verifies the whole chain (see {@link AuditTrail#verify()}).
     *
     * @throws org.itilhis.core.access.NotPermittedException without VERIFY_AUDIT_TRAIL; nothing is read then
     * @throws StorageException if the log cannot be read
     */
    public AuditTrailCheck verify(Actor actor) {
        access.check(checkNotNull(actor, "actor"), Permission.VERIFY_AUDIT_TRAIL, AccessContext.general(List.of()),
                "the audit trail");
        return trail.verify();
    }
}
