package org.itilhis.core.inspection;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * One version of an assignment group's inspection checklist: the items an engineer checks on a
 * round and the configuration item inspected (the machine room, a UPS, the PACS store), which a
 * failed item without its own item reports against. A version never changes: revising the
 * template makes the next version, and a round keeps the version it was made from.
 *
 * @param code the template's code, stable across versions and part of a failure's fault key ({@code MR-DAILY})
 * @param ci   the configuration item the checklist inspects
 */
public record ChecklistTemplate(String code, long version, GroupId group, String name, CiId ci,
                                ImmutableList<ChecklistItem> items, StaffId revisedBy, Instant revisedAt) {
    public ChecklistTemplate {
        checkNotNull(code, "code");
        checkArgument(version >= 1, "version %s is below 1", version);
        checkNotNull(group, "group");
        checkNotNull(name, "name");
        checkNotNull(ci, "ci");
        checkNotNull(items, "items");
        checkNotNull(revisedBy, "revisedBy");
        checkNotNull(revisedAt, "revisedAt");
        checkArgument(!items.isEmpty(), "template %s has no items", code);
        checkArgument(new HashSet<>(items.stream().map(ChecklistItem::code).toList()).size() == items.size(),
                "template %s names an item twice", code);
    }

    /**
     * The first version of a template.
     *
     * @throws InvalidChecklistException if two items have the same code
     */
    public static ChecklistTemplate define(String code, GroupId group, String name, CiId ci, List<ChecklistItem> items,
                                           StaffId by, Instant at) {
        checkUnique(items);
        return new ChecklistTemplate(code, 1, group, name, ci, ImmutableList.copyOf(items), by, at);
    }

    /**
     * The next version of this template: its group stays.
     *
     * @throws InvalidChecklistException if two items have the same code
     */
    public ChecklistTemplate revise(String name, CiId ci, List<ChecklistItem> items, StaffId by, Instant at) {
        checkUnique(items);
        return new ChecklistTemplate(code, version + 1, group, name, ci, ImmutableList.copyOf(items), by, at);
    }

    private static void checkUnique(List<ChecklistItem> items) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!codes.add(items.get(i).code())) {
                throw InvalidChecklistException.duplicateItem("items[" + i + "].code", items.get(i).code());
            }
        }
    }

    public Optional<ChecklistItem> item(String itemCode) {
        return items.stream().filter(i -> i.code().equals(itemCode)).findFirst();
    }

    /** The configuration item a failure of {@code item} is reported against: the item's own, else the template's. */
    public CiId ciOf(ChecklistItem item) {
        return item.ci().orElse(ci);
    }

    /**
     * The results of {@code answers}, one per item, in the template's order.
     *
     * @throws InvalidResultException if an answer names no item of this version, two answers name
     *         the same item, an item has no answer, or an answer does not fit its item
     */
    public ImmutableList<ItemResult> evaluate(List<ItemAnswer> answers) {
        Map<String, ItemAnswer> byItem = new LinkedHashMap<>();
        for (ItemAnswer answer : answers) {
            if (item(answer.item()).isEmpty()) {
                throw InvalidResultException.unknownItem(code, version, answer.item(), itemCodes());
            }
            if (byItem.put(answer.item(), answer) != null) {
                throw InvalidResultException.duplicate(code, answer.item());
            }
        }
        ImmutableList.Builder<ItemResult> results = ImmutableList.builder();
        for (ChecklistItem item : items) {
            ItemAnswer answer = byItem.get(item.code());
            if (answer == null) {
                throw InvalidResultException.missing(code, item.code());
            }
            results.add(item.evaluate(code, answer));
        }
        return results.build();
    }

    /** Whether {@code results} are one per item of this version, in its order. */
    public boolean matches(List<ItemResult> results) {
        return results.stream().map(ItemResult::item).toList().equals(itemCodes());
    }

    public List<String> itemCodes() {
        return items.stream().map(ChecklistItem::code).toList();
    }

    /** The fault key of {@code item} failing: template, item and configuration item ({@code MR-DAILY/temperature/<ci>}). */
    public String faultOf(ChecklistItem item) {
        return code + "/" + item.code() + "/" + ciOf(item);
    }

    /** The event saying this version was written. */
    public TemplateEvent.Revised revised() {
        return new TemplateEvent.Revised(code, version, group, name, itemCodes(), revisedBy, revisedAt);
    }
}
