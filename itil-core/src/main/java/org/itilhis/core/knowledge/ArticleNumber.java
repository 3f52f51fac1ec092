package org.itilhis.core.knowledge;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number people read out and write on a ticket: {@code KB-2026-000001}. Unique per year,
 * the sequence restarting each year, like a {@link org.itilhis.core.problem.ProblemNumber};
 * numbers may have gaps but never repeat. An article keeps its number through all its versions.
 */
public record ArticleNumber(int year, long sequence) {
    public static final String PREFIX = "KB";
    private static final Pattern FORMAT = Pattern.compile(PREFIX + "-(\\d{4})-(\\d{6,})");

    public ArticleNumber {
        checkArgument(year >= 2000 && year <= 9999, "year %s out of range", year);
        checkArgument(sequence >= 1, "sequence %s must be positive", sequence);
    }

    public static ArticleNumber of(int year, long sequence) {
        return new ArticleNumber(year, sequence);
    }

    public static ArticleNumber parse(String text) {
        Matcher m = FORMAT.matcher(checkNotNull(text, "text").strip());
        checkArgument(m.matches(), "%s is not an article number like KB-2026-000001", text);
        return new ArticleNumber(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)));
    }

    @Override
    public String toString() {
        return String.format("%s-%04d-%06d", PREFIX, year, sequence);
    }
}
