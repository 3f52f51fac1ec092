package org.itilhis.core.change.schedule;

import org.itilhis.core.shared.DomainException;

/** A change window cannot stop being in force before it comes into force. */
public final class ChangeWindowEffectiveDatesException extends DomainException {
    public ChangeWindowEffectiveDatesException(String name, Object effectiveFrom, Object effectiveUntil) {
        super("change-window.effective-until-before-from", name, effectiveFrom, effectiveUntil);
    }
}
