package org.itilhis.adapters.jdbc.change;

import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.YearlyNumbers;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.ports.change.out.ChangeNumberSequence;
import org.itilhis.ports.common.StorageException;

/**
 * Change numbers as problem numbers are drawn (ADR 0010, {@link YearlyNumbers}): the value of
 * {@code change_number_seq} less the year's base in {@code change_number_year}.
 */
public final class JdbcChangeNumberSequence implements ChangeNumberSequence {
    private final YearlyNumbers numbers;

    public JdbcChangeNumberSequence(JdbcTransactions transactions, Dialect dialect) {
        this.numbers = new YearlyNumbers(transactions, dialect, "change_number_seq", "change_number_year",
                "a change number");
    }

    /** @throws StorageException if the sequence cannot be drawn from */
    @Override
    public ChangeNumber next(int year) {
        return ChangeNumber.of(year, numbers.next(year));
    }
}
