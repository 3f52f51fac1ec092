package org.itilhis.ports.in.archfixture;

/** A driving port, implemented rightly and wrongly by the fixtures around it. */
public interface ReportOutageUseCase {
    void report(String summary);
}
