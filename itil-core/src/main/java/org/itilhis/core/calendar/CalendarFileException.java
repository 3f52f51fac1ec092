package org.itilhis.core.calendar;

import java.util.Locale;
import org.itilhis.core.shared.Messages;

/**
 * A calendar data file or calendar document that cannot be read, with the 1-based line and
 * column of the offending text, so that a hospital editing its own file can find the
 * mistake. The line and column are framed in the reader's language ({@link #messageIn},
 * key {@value #CODE}); the {@link #problem()} itself is English.
 */
public final class CalendarFileException extends IllegalArgumentException {
    /** The message catalogue key of the text around the problem. */
    public static final String CODE = "calendar.file-error";
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String problem;

    CalendarFileException(int line, int column, String problem) {
        super(Messages.format(CODE, Locale.ENGLISH, line, column, problem));
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** 1-based line number. */
    public int line() {
        return line;
    }

    /** 1-based column of the start of the offending token. */
    public int column() {
        return column;
    }

    /** What is wrong at the line and column, e.g. {@code 'FRY' is not a day}. */
    public String problem() {
        return problem;
    }

    /** The message with line and column in the given language (English when no translation exists). */
    public String messageIn(Locale locale) {
        return Messages.format(CODE, locale, line, column, problem);
    }
}
