package org.itilhis.core.change;

import org.itilhis.core.shared.DomainException;

/** A change that names no configuration item (field {@code touchedCis}): its risk and conflicts could not be judged. */
public final class ChangeWithoutCisException extends DomainException {
    public ChangeWithoutCisException() {
        super("change.no-cis");
    }
}
