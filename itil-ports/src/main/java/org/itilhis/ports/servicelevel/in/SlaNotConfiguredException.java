package org.itilhis.ports.servicelevel.in;

import org.itilhis.core.shared.DomainException;

/** Clocks and reports were asked for before any SLA configuration was saved. */
public final class SlaNotConfiguredException extends DomainException {
    public SlaNotConfiguredException() {
        super("sla.not-configured");
    }
}
