package org.itilhis.core.calendar;

/**
 * A calendar data file that cannot be read, with the 1-based line and column of the
 * offending text, so that a hospital editing its own file can find the mistake.
 */
public final class CalendarFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    CalendarFileException(int line, int column, String problem) {
        super("line " + line + ", column " + column + ": " + problem);
        this.line = line;
        this.column = column;
    }

    /** 1-based line number. */
    public int line() {
        return line;
    }

    /** 1-based column of the start of the offending token. */
    public int column() {
        return column;
    }
}
