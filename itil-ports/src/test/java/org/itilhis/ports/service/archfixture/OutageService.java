package org.itilhis.ports.service.archfixture;

import org.itilhis.ports.in.archfixture.ReportMajorOutageUseCase;

/** Not a violation: a use case (inherited through another use case) implemented where and as it should be. */
public final class OutageService implements ReportMajorOutageUseCase {
    @Override
    public void report(String summary) {
    }

    @Override
    public void declareMajor(String summary) {
    }
}
