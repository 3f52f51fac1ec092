package org.itilhis.ports.service.archfixture;

import org.itilhis.ports.in.archfixture.ReportOutageUseCase;

/** Planted violation: in the service package, but not named {@code ...Service}. */
public final class OutageHandler implements ReportOutageUseCase {
    @Override
    public void report(String summary) {
    }
}
