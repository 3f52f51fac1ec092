package org.itilhis.adapters.jdbc.operations;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.core.inspection.ChecklistTemplate;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.operations.out.InspectionTemplateRepository;
import org.jdbi.v3.core.Handle;

/**
 * The versions of the inspection checklist templates in {@code inspection_template}: one row per
 * code and version (the primary key) with the group beside the whole {@link ChecklistTemplate}
 * as JSON. A row is only ever inserted. Saving version n first reads the newest stored version,
 * which must be n - 1, then inserts n skipping a duplicate key: of two writers of the same next
 * version the second inserts nothing, and both other cases fail with a {@link
 * VersionConflictException} (kind {@code inspection-template}) carrying the newest stored version.
 */
public final class JdbcInspectionTemplateRepository implements InspectionTemplateRepository {
    private static final String KIND = "inspection-template";

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;

    public JdbcInspectionTemplateRepository(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.codec = checkNotNull(codec, "codec");
    }

    @Override
    public Optional<ChecklistTemplate> find(String code, long version) {
        checkNotNull(code, "code");
        return transactions.withHandle("finding version " + version + " of inspection template " + code,
                handle -> handle.createQuery("SELECT template FROM inspection_template WHERE code = :code "
                                + "AND version = :version")
                        .bind("code", code)
                        .bind("version", version)
                        .mapTo(String.class)
                        .findOne()
                        .map(this::restore));
    }

    @Override
    public Optional<ChecklistTemplate> latest(String code) {
        checkNotNull(code, "code");
        return transactions.withHandle("finding the newest version of inspection template " + code,
                handle -> handle.createQuery("SELECT template FROM inspection_template WHERE code = :code "
                                + "ORDER BY version DESC LIMIT 1")
                        .bind("code", code)
                        .mapTo(String.class)
                        .findOne()
                        .map(this::restore));
    }

    @Override
    public List<ChecklistTemplate> versions(String code) {
        checkNotNull(code, "code");
        return transactions.withHandle("reading the versions of inspection template " + code,
                handle -> handle.createQuery("SELECT template FROM inspection_template WHERE code = :code "
                                + "ORDER BY version")
                        .bind("code", code)
                        .mapTo(String.class)
                        .map(this::restore)
                        .list());
    }

    @Override
    public List<ChecklistTemplate> ofGroup(GroupId group) {
        checkNotNull(group, "group");
        return transactions.withHandle("reading the inspection templates of " + group,
                handle -> handle.createQuery("SELECT t.template FROM inspection_template t WHERE t.group_id = :group "
                                + "AND t.version = (SELECT MAX(v.version) FROM inspection_template v "
                                + "WHERE v.code = t.code)")
                        .bind("group", group.value())
                        .mapTo(String.class)
                        .map(this::restore)
                        .list()
                        .stream()
                        .sorted(Comparator.comparing(ChecklistTemplate::code))
                        .toList());
    }

    @Override
    public void save(ChecklistTemplate template) {
        checkNotNull(template, "template");
        String code = template.code();
        long previous = template.version() - 1;
        transactions.withHandle("saving version " + template.version() + " of inspection template " + code,
                handle -> {
                    long newest = newest(handle, code);
                    if (newest != previous || !inserted(handle, template)) {
                        throw new VersionConflictException(KIND, code, previous, newest(handle, code));
                    }
                    return null;
                });
    }

    private boolean inserted(Handle handle, ChecklistTemplate template) {
        return dialect.inserted(() -> handle.createUpdate(dialect.insertSkippingDuplicates(
                        "INSERT INTO inspection_template (code, version, group_id, template) VALUES (:code, :version, "
                                + ":group, " + dialect.json("template") + ")"))
                .bind("code", template.code())
                .bind("version", template.version())
                .bind("group", template.group().value())
                .bind("template", codec.write(template))
                .execute());
    }

    /** The newest stored version of {@code code}, 0 for none. */
    private static long newest(Handle handle, String code) {
        return handle.createQuery("SELECT MAX(version) FROM inspection_template WHERE code = :code")
                .bind("code", code)
                .mapTo(Long.class)
                .findOne()
                .orElse(0L);
    }

    private ChecklistTemplate restore(String json) {
        return codec.read(json, ChecklistTemplate.class);
    }
}
