package org.itilhis.adapters.jdbc.problem;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import java.util.List;
import java.util.Optional;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.core.problem.detection.Dismissal;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.problem.out.DetectionDismissals;

/**
 * Dismissed candidate problems in the append-only {@code problem_dismissal} table: inserted
 * with the caller's transaction, never changed, listed by their instants and then in the order
 * they were recorded ({@code seq}).
 */
public final class JdbcDetectionDismissals implements DetectionDismissals {
    private final JdbcTransactions transactions;

    public JdbcDetectionDismissals(JdbcTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public void record(Dismissal dismissal) {
        checkNotNull(dismissal, "dismissal");
        transactions.withHandle("recording a dismissal of " + dismissal.rule() + " " + dismissal.key(), handle -> handle
                .createUpdate("INSERT INTO problem_dismissal (rule_name, dismissal_key, dismissed_at, dismissed_by, reason) "
                        + "VALUES (:rule, :key, :at, :by, :reason)")
                .bind("rule", dismissal.rule())
                .bind("key", dismissal.key())
                .bind("at", utc(dismissal.at()))
                .bind("by", dismissal.dismissedBy().map(StaffId::value).orElse(null))
                .bind("reason", dismissal.reason())
                .execute());
    }

    @Override
    public List<Dismissal> list() {
        return transactions.withHandle("listing the dismissals", handle -> handle
                .createQuery("SELECT rule_name, dismissal_key, dismissed_at, dismissed_by, reason FROM problem_dismissal "
                        + "ORDER BY dismissed_at, seq")
                .map((row, context) -> new Dismissal(row.getString("rule_name"), row.getString("dismissal_key"),
                        utc(row, "dismissed_at"), Optional.ofNullable(row.getString("dismissed_by")).map(StaffId::of),
                        row.getString("reason")))
                .list());
    }
}
