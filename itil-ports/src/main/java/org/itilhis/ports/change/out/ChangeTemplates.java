package org.itilhis.ports.change.out;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.change.ChangeTemplate;

/**
 * The standard change templates, as data. A template saved again under its code replaces the
 * stored one; a standard change keeps the template as it was when the change was raised.
 */
public interface ChangeTemplates {
    /** Stores {@code template}, replacing any template with its code. */
    void save(ChangeTemplate template);

    Optional<ChangeTemplate> find(String code);

    /** Every template, by code. */
    List<ChangeTemplate> all();
}
