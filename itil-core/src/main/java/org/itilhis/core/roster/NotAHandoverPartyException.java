package org.itilhis.core.roster;

import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.Text;
import org.itilhis.core.shared.StaffId;

/** A signature (field {@code party}) by someone other than the engineer the handover names for it. */
public final class NotAHandoverPartyException extends DomainException {
    public NotAHandoverPartyException(HandoverId handover, HandoverParty party, StaffId named, StaffId signer) {
        super("roster.handover.not-a-party", signer, Text.label(party), named, handover);
    }
}
