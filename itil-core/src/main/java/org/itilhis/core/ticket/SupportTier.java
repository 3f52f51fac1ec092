package org.itilhis.core.ticket;

import java.util.Optional;

/** Who works a ticket: on-site first line, specialist second line, or the vendor. */
public enum SupportTier {
    FIRST_LINE,
    SECOND_LINE,
    VENDOR;

    /** The tier a functional escalation moves to; empty at the vendor. */
    public Optional<SupportTier> next() {
        return this == VENDOR ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }
}
