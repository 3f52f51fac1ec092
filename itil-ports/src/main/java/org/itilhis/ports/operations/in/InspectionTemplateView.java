package org.itilhis.ports.operations.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.itilhis.core.inspection.ChecklistTemplate;

/**
 * A version of a checklist template as its reader sees it.
 *
 * @param versions every version of the template, oldest first
 */
public record InspectionTemplateView(ChecklistTemplate template, List<Long> versions) {
    public InspectionTemplateView {
        checkNotNull(template, "template");
        versions = List.copyOf(versions);
    }

    public long version() {
        return template.version();
    }

    /** Whether this is the newest version. */
    public boolean newest() {
        return versions.get(versions.size() - 1) == template.version();
    }
}
