package org.itilhis.core.change;

import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.Text;

/** A schedule step carrying a conflict override (field {@code conflictOverride}) for a change that is not an emergency. */
public final class ConflictOverrideNotAllowedException extends DomainException {
    public ConflictOverrideNotAllowedException(ChangeNumber change, ChangeModel model) {
        super("change.override-not-allowed", change, Text.label(model));
    }
}
