package org.itilhis.core.change;

import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.Text;

/** The change is closed, cancelled or rejected: no link may be added to it any more. */
public final class ChangeClosedException extends DomainException {
    public ChangeClosedException(ChangeNumber change, ChangeStatus status) {
        super("change.closed", change, Text.label(status));
    }
}
