package org.itilhis.ports.in.archfixture;

/** Not a violation: an interface that extends a use case is not an implementation of it. */
public interface ReportMajorOutageUseCase extends ReportOutageUseCase {
    void declareMajor(String summary);
}
