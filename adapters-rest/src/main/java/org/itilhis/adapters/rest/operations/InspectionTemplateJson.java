package org.itilhis.adapters.rest.operations;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.inspection.ChecklistItem;
import org.itilhis.core.inspection.ChecklistTemplate;
import org.itilhis.core.inspection.ItemKind;
import org.itilhis.ports.operations.in.InspectionTemplateView;

/**
 * A version of a checklist template as the API shows it: its items in order (each with its
 * kind, its configuration item if it has its own, a reading's unit and normal range, a choice's
 * options and those counting as failed), who wrote the version and when, and every version of
 * the template; {@code newest} when no later version exists.
 */
public record InspectionTemplateJson(String code, long version, String group, String name, String ci, List<ChecklistItemJson> items,
                           String revisedBy, Instant revisedAt, List<Long> versions, boolean newest) {
    static InspectionTemplateJson of(InspectionTemplateView view) {
        ChecklistTemplate template = view.template();
        return new InspectionTemplateJson(template.code(), template.version(), template.group().value(), template.name(),
                template.ci().toString(), template.items().stream().map(ChecklistItemJson::of).toList(),
                template.revisedBy().value(), template.revisedAt(), view.versions(), view.newest());
    }

    /** One item of the checklist; {@code range} as people write it ({@code 18-27 °C}) for a reading. */
    public record ChecklistItemJson(String code, String name, ItemKind kind, String ci, String unit, BigDecimal low,
                           BigDecimal high, String range, List<String> options, List<String> failingOptions) {
        static ChecklistItemJson of(ChecklistItem item) {
            boolean reading = item.kind() == ItemKind.READING;
            boolean choice = item.kind() == ItemKind.CHOICE;
            return new ChecklistItemJson(item.code(), item.name(), item.kind(), item.ci().map(CiId::toString).orElse(null),
                    item.unit().orElse(null), item.low().orElse(null), item.high().orElse(null),
                    reading ? item.range() : null, choice ? item.options() : null,
                    choice ? item.options().stream().filter(item.failingOptions()::contains).toList() : null);
        }
    }

    /** The newest version of each of a group's templates, by code. */
    public record InspectionTemplatesJson(List<InspectionTemplateJson> items) {
    }

    /**
     * {@code POST /inspections/templates}: a group's new template, its first version; {@code ci}
     * the configuration item the checklist inspects.
     */
    public record CreateInspectionTemplateJson(String code, String group, String name, String ci,
                                     List<ChecklistItemDefinitionJson> items) {
    }

    /** {@code PUT /inspections/templates/{code}}: the template's next version, whole. */
    public record ReviseInspectionTemplateJson(String name, String ci, List<ChecklistItemDefinitionJson> items) {
    }

    /**
     * One item as a template's author writes it: a {@code READING} has a {@code unit} and a
     * normal range ({@code low}, {@code high}, both included, either may be left out); a {@code
     * CHOICE} its {@code options}, of which {@code failingOptions} count as failed.
     */
    public record ChecklistItemDefinitionJson(String code, String name, ItemKind kind, String ci, String unit, BigDecimal low,
                                     BigDecimal high, List<String> options, List<String> failingOptions) {
    }
}
