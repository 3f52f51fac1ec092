package org.itilhis.core.inspection;

import java.math.BigDecimal;
import java.util.List;
import org.itilhis.core.shared.DomainException;

/** A checklist template's item (field {@code items[i]}) is ill-formed; the template is not written. */
public final class InvalidChecklistException extends DomainException {
    private InvalidChecklistException(String code, Object... arguments) {
        super(code, arguments);
    }

    static InvalidChecklistException duplicateItem(String field, String item) {
        return new InvalidChecklistException("inspection.template.duplicate-item", field, item);
    }

    static InvalidChecklistException readingWithoutUnit(String field, String item) {
        return new InvalidChecklistException("inspection.template.reading-without-unit", field, item);
    }

    static InvalidChecklistException readingWithoutRange(String field, String item) {
        return new InvalidChecklistException("inspection.template.reading-without-range", field, item);
    }

    static InvalidChecklistException rangeReversed(String field, String item, BigDecimal low, BigDecimal high) {
        return new InvalidChecklistException("inspection.template.range-reversed", field, item, low.toPlainString(),
                high.toPlainString());
    }

    static InvalidChecklistException rangeNotForReading(String field, String item) {
        return new InvalidChecklistException("inspection.template.range-not-for-reading", field, item);
    }

    static InvalidChecklistException optionsNotForChoice(String field, String item) {
        return new InvalidChecklistException("inspection.template.options-not-for-choice", field, item);
    }

    static InvalidChecklistException choiceWithoutOptions(String field, String item, List<String> options) {
        return new InvalidChecklistException("inspection.template.choice-without-options", field, item, options);
    }

    static InvalidChecklistException failingOptionUnknown(String field, String item, String option,
                                                          List<String> options) {
        return new InvalidChecklistException("inspection.template.failing-option-unknown", field, item, option,
                options);
    }

    static InvalidChecklistException noFailingOption(String field, String item) {
        return new InvalidChecklistException("inspection.template.no-failing-option", field, item);
    }

    /** A revision names another group than the template's. */
    public static InvalidChecklistException otherGroup(String template, Object group, Object given) {
        return new InvalidChecklistException("inspection.template.other-group", template, group, given);
    }
}
