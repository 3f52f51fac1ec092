package org.itilhis.ports.problem.in;

import org.itilhis.core.shared.DomainException;

/** No candidate problem of this rule and key now (dismissed meanwhile, accepted, or never found). */
public final class CandidateNotFoundException extends DomainException {
    public CandidateNotFoundException(String rule, String key) {
        super("problem.candidate-not-found", rule, key);
    }
}
