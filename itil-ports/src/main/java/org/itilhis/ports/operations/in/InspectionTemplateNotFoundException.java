package org.itilhis.ports.operations.in;

import org.itilhis.core.shared.DomainException;

/** No such inspection template, or none the actor may see (the two are not told apart, on purpose). */
public final class InspectionTemplateNotFoundException extends DomainException {
    public InspectionTemplateNotFoundException(String id) {
        super("inspection.template.not-found", id);
    }
}
