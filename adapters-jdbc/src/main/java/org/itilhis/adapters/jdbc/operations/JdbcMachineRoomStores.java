package org.itilhis.adapters.jdbc.operations;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.adapters.jdbc.common.JdbcStoreParts;

/** The machine room log's registration in a JDBC storage: its entries, built from the parts every practice shares. */
public final class JdbcMachineRoomStores {
    private final JdbcMachineRoomLog entries;

    public JdbcMachineRoomStores(JdbcStoreParts parts) {
        checkNotNull(parts, "parts");
        this.entries = new JdbcMachineRoomLog(parts.transactions(), parts.dialect(), parts.codec());
    }

    public JdbcMachineRoomLog entries() {
        return entries;
    }
}
