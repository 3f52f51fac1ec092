package org.itilhis.ports.in.archfixture;

/** Planted violation: implements a use case outside the service package and without the Service suffix. */
public final class OutageReporter implements ReportOutageUseCase {
    @Override
    public void report(String summary) {
    }
}
