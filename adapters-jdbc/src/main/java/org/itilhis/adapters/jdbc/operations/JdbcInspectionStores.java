package org.itilhis.adapters.jdbc.operations;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.adapters.jdbc.common.JdbcStoreParts;

/**
 * The inspection rounds' registration in a JDBC storage: its stores (the checklist templates'
 * versions, the schedules, the rounds), built from the parts every practice shares.
 */
public final class JdbcInspectionStores {
    private final JdbcInspectionTemplateRepository templates;
    private final JdbcInspectionScheduleRepository schedules;
    private final JdbcInspectionRoundRepository rounds;

    public JdbcInspectionStores(JdbcStoreParts parts) {
        checkNotNull(parts, "parts");
        this.templates = new JdbcInspectionTemplateRepository(parts.transactions(), parts.dialect(), parts.codec());
        this.schedules = new JdbcInspectionScheduleRepository(parts.transactions(), parts.dialect(), parts.codec());
        this.rounds = new JdbcInspectionRoundRepository(parts.transactions(), parts.dialect(), parts.codec());
    }

    public JdbcInspectionTemplateRepository templates() {
        return templates;
    }

    public JdbcInspectionScheduleRepository schedules() {
        return schedules;
    }

    public JdbcInspectionRoundRepository rounds() {
        return rounds;
    }
}
