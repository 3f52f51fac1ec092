package org.itilhis.adapters.jdbc.change;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.adapters.jdbc.common.JdbcStoreParts;

/**
 * Change management's registration in a JDBC storage: its stores (changes, change numbers, and
 * the configuration kept as data: advisory boards, standard change templates, blackout and
 * maintenance windows), built from the parts every practice shares.
 */
public final class JdbcChangeStores {
    private final JdbcChangeRepository changes;
    private final JdbcChangeNumberSequence numbers;
    private final JdbcChangeAdvisoryBoards boards;
    private final JdbcChangeTemplates templates;
    private final JdbcChangeWindows windows;

    public JdbcChangeStores(JdbcStoreParts parts) {
        checkNotNull(parts, "parts");
        this.changes = new JdbcChangeRepository(parts.transactions(), parts.dialect(), parts.codec());
        this.numbers = new JdbcChangeNumberSequence(parts.transactions(), parts.dialect());
        this.boards = new JdbcChangeAdvisoryBoards(parts.transactions(), parts.dialect(), parts.codec());
        this.templates = new JdbcChangeTemplates(parts.transactions(), parts.dialect(), parts.codec());
        this.windows = new JdbcChangeWindows(parts.transactions(), parts.dialect(), parts.codec());
    }

    public JdbcChangeRepository changes() {
        return changes;
    }

    public JdbcChangeNumberSequence numbers() {
        return numbers;
    }

    public JdbcChangeAdvisoryBoards boards() {
        return boards;
    }

    public JdbcChangeTemplates templates() {
        return templates;
    }

    public JdbcChangeWindows windows() {
        return windows;
    }
}
