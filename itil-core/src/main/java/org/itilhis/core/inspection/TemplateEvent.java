package org.itilhis.core.inspection;

import com.google.common.base.CaseFormat;
import java.time.Instant;
import java.util.List;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/** What happens to an inspection checklist template: each version written (the first one too). */
public sealed interface TemplateEvent extends DomainEvent {
    String template();

    @Override
    default String aggregateId() {
        return "inspection-template:" + template();
    }

    @Override
    default String type() {
        return "inspection-template." + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, getClass().getSimpleName());
    }

    /** Version {@code version} of {@code template} was written by {@code actor}, with these items. */
    record Revised(String template, long version, GroupId group, String name, List<String> items, StaffId actor,
                   Instant occurredAt) implements TemplateEvent {
        public Revised {
            items = List.copyOf(items);
        }
    }
}
