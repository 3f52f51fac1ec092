package org.itilhis.ports.problem.in;

import org.itilhis.core.shared.DomainException;

/** No such problem, or none the actor may see (the two are not told apart, on purpose). */
public final class ProblemNotFoundException extends DomainException {
    public ProblemNotFoundException(Object reference) {
        super("problem.not-found", reference);
    }
}
