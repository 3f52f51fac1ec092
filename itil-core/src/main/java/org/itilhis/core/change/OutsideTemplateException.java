package org.itilhis.core.change;

import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.DomainException;

/**
 * A standard change outside its template: an item (field {@code touchedCis}) outside the
 * template's scope, or a window (field {@code window}) outside the template's weekly windows.
 * Such work is a normal change.
 */
public final class OutsideTemplateException extends DomainException {
    private OutsideTemplateException(String code, Object... arguments) {
        super(code, arguments);
    }

    static OutsideTemplateException scope(String template, CiId ci, String classCode) {
        return new OutsideTemplateException("change.outside-template-scope", template, ci, classCode);
    }

    static OutsideTemplateException window(String template, PlannedWindow window) {
        return new OutsideTemplateException("change.outside-template-window", template, window.start(), window.end());
    }
}
