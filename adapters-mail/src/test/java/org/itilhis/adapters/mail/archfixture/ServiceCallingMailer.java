package org.itilhis.adapters.mail.archfixture;

import org.itilhis.ports.service.archfixture.StandInService;

/** Planted violation: an adapter that uses an application service instead of a port. */
public final class ServiceCallingMailer {
    public void handle(StandInService service) {
        service.run();
    }
}
