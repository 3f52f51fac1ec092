package org.itilhis.ports.change.in;

import org.itilhis.core.shared.DomainException;

/** No standard change template with this code. */
public final class ChangeTemplateNotFoundException extends DomainException {
    public ChangeTemplateNotFoundException(Object reference) {
        super("change.template.not-found", reference);
    }
}
