package org.itilhis.adapters.jdbc.operations;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.adapters.jdbc.common.JdbcStoreParts;

/** The repairs' registration in a JDBC storage: their one store, built from the parts every practice shares. */
public final class JdbcRepairStores {
    private final JdbcRepairRepository repairs;

    public JdbcRepairStores(JdbcStoreParts parts) {
        checkNotNull(parts, "parts");
        this.repairs = new JdbcRepairRepository(parts.transactions(), parts.dialect(), parts.codec());
    }

    public JdbcRepairRepository repairs() {
        return repairs;
    }
}
