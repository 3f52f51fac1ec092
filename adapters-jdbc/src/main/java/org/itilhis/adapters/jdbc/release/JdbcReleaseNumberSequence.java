package org.itilhis.adapters.jdbc.release;

import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.YearlyNumbers;
import org.itilhis.core.release.ReleaseNumber;
import org.itilhis.ports.common.StorageException;
import org.itilhis.ports.release.out.ReleaseNumberSequence;

/**
 * Release numbers as problem numbers are drawn (ADR 0010, {@link YearlyNumbers}): the value of
 * {@code release_number_seq} less the year's base in {@code release_number_year}.
 */
public final class JdbcReleaseNumberSequence implements ReleaseNumberSequence {
    private final YearlyNumbers numbers;

    public JdbcReleaseNumberSequence(JdbcTransactions transactions, Dialect dialect) {
        this.numbers = new YearlyNumbers(transactions, dialect, "release_number_seq", "release_number_year",
                "a release number");
    }

    /** @throws StorageException if the sequence cannot be drawn from */
    @Override
    public ReleaseNumber next(int year) {
        return ReleaseNumber.of(year, numbers.next(year));
    }
}
