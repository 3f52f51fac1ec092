package org.itilhis.core.roster;

import java.time.Instant;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.Text;

/** A handover's part (field {@code party}) signed a second time. */
public final class HandoverAlreadySignedException extends DomainException {
    public HandoverAlreadySignedException(HandoverId handover, HandoverParty party, Instant signedAt) {
        super("roster.handover.already-signed", handover, Text.label(party), signedAt);
    }
}
