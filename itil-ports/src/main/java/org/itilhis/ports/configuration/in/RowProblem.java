package org.itilhis.ports.configuration.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import org.itilhis.core.shared.Messages;

/**
 * One problem an import found: the physical line of the file where the row starts (1 is the
 * header), the column as the file names it (the attribute's code for a required attribute
 * the file has no column for; {@code #6} for a value under no header; empty for a problem of
 * the whole row or file) and the reason, as a key of the message catalogue ({@code cmdb.import.*} or
 * {@code cmdb.attribute.*}) with its arguments, so that it reads in the reader's language.
 */
public record RowProblem(int line, String column, String code, ImmutableList<String> arguments) {
    public RowProblem {
        checkArgument(line >= 1, "line %s is not positive", line);
        checkNotNull(column, "column");
        checkNotNull(code, "code");
        checkNotNull(arguments, "arguments");
    }

    public static RowProblem of(int line, String column, String code, String... arguments) {
        return new RowProblem(line, column, code, ImmutableList.copyOf(arguments));
    }

    /** The reason alone, e.g. "not an IPv4 or IPv6 address". */
    public String messageIn(Locale locale) {
        return Messages.format(code, locale, arguments.toArray());
    }

    /** Where and why, e.g. "line 7, column ipAddress: not an IPv4 or IPv6 address". */
    public String describeIn(Locale locale) {
        return column.isEmpty() ? Messages.format("cmdb.import.problem.line", locale, line, messageIn(locale))
                : Messages.format("cmdb.import.problem", locale, line, column, messageIn(locale));
    }
}
