package org.itilhis.core.problem;

import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.Text;

/** The problem is closed or cancelled: nothing may be added to it any more. */
public final class ProblemClosedException extends DomainException {
    public ProblemClosedException(ProblemNumber number, ProblemStatus status) {
        super("problem.closed", number, Text.label(status));
    }
}
