package org.itilhis.adapters.jdbc.problem;

import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.YearlyNumbers;
import org.itilhis.core.problem.ProblemNumber;
import org.itilhis.ports.common.StorageException;
import org.itilhis.ports.problem.out.ProblemNumberSequence;

/**
 * Problem numbers as ticket numbers are drawn (ADR 0010, {@link YearlyNumbers}): the value of
 * {@code problem_number_seq} less the year's base in {@code problem_number_year}.
 */
public final class JdbcProblemNumberSequence implements ProblemNumberSequence {
    private final YearlyNumbers numbers;

    public JdbcProblemNumberSequence(JdbcTransactions transactions, Dialect dialect) {
        this.numbers = new YearlyNumbers(transactions, dialect, "problem_number_seq", "problem_number_year",
                "a problem number");
    }

    /** @throws StorageException if the sequence cannot be drawn from */
    @Override
    public ProblemNumber next(int year) {
        return ProblemNumber.of(year, numbers.next(year));
    }
}
