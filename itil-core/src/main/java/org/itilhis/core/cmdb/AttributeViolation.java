package org.itilhis.core.cmdb;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import org.itilhis.core.shared.Messages;

/**
 * One problem with the attribute values of a configuration item: which attribute, and
 * why, as a key of the message catalogue ({@code cmdb.attribute.*}) with its arguments,
 * so that it reads in the reader's language.
 */
public record AttributeViolation(String attribute, String reason, ImmutableList<String> arguments) {
    public AttributeViolation {
        checkNotNull(attribute, "attribute");
        checkNotNull(reason, "reason");
        checkNotNull(arguments, "arguments");
    }

    static AttributeViolation of(String attribute, String reason, String... arguments) {
        return new AttributeViolation(attribute, reason, ImmutableList.copyOf(arguments));
    }

    /** The reason alone, e.g. "not a MAC address (aa:bb:cc:dd:ee:ff)". */
    public String reasonIn(Locale locale) {
        return Messages.format(reason, locale, arguments.toArray());
    }

    /** The attribute and the reason, e.g. "macAddress: not a MAC address (aa:bb:cc:dd:ee:ff)". */
    public String describeIn(Locale locale) {
        return Messages.format("cmdb.attribute.violation", locale, attribute, reasonIn(locale));
    }

    static List<String> describeAll(List<AttributeViolation> violations, Locale locale) {
        return violations.stream().map(v -> v.describeIn(locale)).toList();
    }
}
