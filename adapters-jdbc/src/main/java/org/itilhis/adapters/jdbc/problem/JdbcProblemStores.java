package org.itilhis.adapters.jdbc.problem;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.adapters.jdbc.common.JdbcStoreParts;

/**
 * Problem management's registration in a JDBC storage: its stores (problems, problem numbers,
 * dismissed candidate problems), built from the parts every practice shares.
 */
public final class JdbcProblemStores {
    private final JdbcProblemRepository problems;
    private final JdbcProblemNumberSequence numbers;
    private final JdbcDetectionDismissals dismissals;

    public JdbcProblemStores(JdbcStoreParts parts) {
        checkNotNull(parts, "parts");
        this.problems = new JdbcProblemRepository(parts.transactions(), parts.dialect(), parts.codec());
        this.numbers = new JdbcProblemNumberSequence(parts.transactions(), parts.dialect());
        this.dismissals = new JdbcDetectionDismissals(parts.transactions());
    }

    public JdbcProblemRepository problems() {
        return problems;
    }

    public JdbcProblemNumberSequence numbers() {
        return numbers;
    }

    public JdbcDetectionDismissals dismissals() {
        return dismissals;
    }
}
