package org.itilhis.core.inspection;

import java.util.List;
import org.itilhis.core.shared.DomainException;

/**
 * A round's results (field {@code results}) do not fit its template version: an item of another
 * version, an item without a result or with two, a reading that is not a number or in another
 * unit, an option not listed, a reading for a pass / fail item. Nothing is recorded.
 */
public final class InvalidResultException extends DomainException {
    private InvalidResultException(String code, Object... arguments) {
        super(code, arguments);
    }

    static InvalidResultException otherVersion(RoundId round, String template, long given, long version) {
        return new InvalidResultException("inspection.result.other-version", round, template, given, version);
    }

    static InvalidResultException unknownItem(String template, long version, String item, List<String> items) {
        return new InvalidResultException("inspection.result.unknown-item", item, template, version, items);
    }

    static InvalidResultException duplicate(String template, String item) {
        return new InvalidResultException("inspection.result.duplicate", item, template);
    }

    static InvalidResultException missing(String template, String item) {
        return new InvalidResultException("inspection.result.missing", item, template);
    }

    static InvalidResultException passFailExpected(String template, String item) {
        return new InvalidResultException("inspection.result.pass-fail-expected", item, template);
    }

    static InvalidResultException readingExpected(String template, String item, String unit) {
        return new InvalidResultException("inspection.result.reading-expected", item, template, unit);
    }

    static InvalidResultException choiceExpected(String template, String item, List<String> options) {
        return new InvalidResultException("inspection.result.choice-expected", item, template, options);
    }

    static InvalidResultException notANumber(String template, String item, String reading) {
        return new InvalidResultException("inspection.result.not-a-number", item, template, reading);
    }

    static InvalidResultException wrongUnit(String template, String item, String unit, String expected) {
        return new InvalidResultException("inspection.result.wrong-unit", item, template, unit, expected);
    }

    static InvalidResultException unknownOption(String template, String item, String option, List<String> options) {
        return new InvalidResultException("inspection.result.unknown-option", item, template, option, options);
    }
}
