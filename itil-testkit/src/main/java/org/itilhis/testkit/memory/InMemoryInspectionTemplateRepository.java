package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.itilhis.core.inspection.ChecklistTemplate;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.operations.out.InspectionTemplateRepository;

/**
 * Inspection checklist templates in a map from code to versions, oldest first; a version is
 * appended only after the newest, and undone when its transaction rolls back.
 */
public final class InMemoryInspectionTemplateRepository implements InspectionTemplateRepository {
    private final InMemoryTransactions transactions;
    private final Map<String, List<ChecklistTemplate>> byCode = new ConcurrentHashMap<>();

    public InMemoryInspectionTemplateRepository(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public Optional<ChecklistTemplate> find(String code, long version) {
        return versions(code).stream().filter(t -> t.version() == version).findFirst();
    }

    @Override
    public Optional<ChecklistTemplate> latest(String code) {
        List<ChecklistTemplate> versions = versions(code);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    @Override
    public List<ChecklistTemplate> versions(String code) {
        checkNotNull(code, "code");
        return transactions.locked(() -> List.copyOf(byCode.getOrDefault(code, List.of())));
    }

    @Override
    public List<ChecklistTemplate> ofGroup(GroupId group) {
        checkNotNull(group, "group");
        return transactions.locked(() -> byCode.values().stream().map(v -> v.get(v.size() - 1))
                .filter(t -> t.group().equals(group)).sorted(Comparator.comparing(ChecklistTemplate::code)).toList());
    }

    @Override
    public void save(ChecklistTemplate template) {
        checkNotNull(template, "template");
        transactions.locked(() -> {
            List<ChecklistTemplate> stored = byCode.getOrDefault(template.code(), List.of());
            long newest = stored.isEmpty() ? 0 : stored.get(stored.size() - 1).version();
            if (newest != template.version() - 1) {
                throw new VersionConflictException("inspection-template", template.code(), template.version() - 1,
                        newest);
            }
            List<ChecklistTemplate> next = new ArrayList<>(stored);
            next.add(template);
            byCode.put(template.code(), List.copyOf(next));
            transactions.onRollback(() -> {
                if (stored.isEmpty()) {
                    byCode.remove(template.code());
                } else {
                    byCode.put(template.code(), stored);
                }
            });
            return null;
        });
    }
}
