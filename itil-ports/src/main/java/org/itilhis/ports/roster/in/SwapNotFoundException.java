package org.itilhis.ports.roster.in;

import org.itilhis.core.roster.SwapId;
import org.itilhis.core.shared.DomainException;

/** No such duty swap, or none the actor may see (the two are not told apart, on purpose). */
public final class SwapNotFoundException extends DomainException {
    public SwapNotFoundException(SwapId id) {
        super("swap.not-found", id);
    }
}
