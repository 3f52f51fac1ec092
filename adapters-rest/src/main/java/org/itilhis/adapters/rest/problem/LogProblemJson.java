package org.itilhis.adapters.rest.problem;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.UUID;
import org.itilhis.adapters.rest.common.CiIds;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.routing.CategoryCode;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.problem.in.LogProblem;

/**
 * {@code POST /api/v1/problems}, and the problem of an accepted candidate: what it is about
 * ({@code category} in the tickets' coding, such as {@code his.outpatient}), its priority's
 * factors as for an incident ({@code impact} and {@code urgency} level codes of the priority
 * matrix, {@code criticality}), its problem manager and owning group, and optionally the
 * configuration items it affects and the incidents that revealed it (by id). {@code
 * description} is empty when not given.
 */
public record LogProblemJson(String summary, String description, String category, String impact, String urgency,
                             ServiceCriticality criticality, String manager, String group, List<String> affectedCis,
                             List<String> incidents) {

    public LogProblem command(Actor actor, Fields fields) {
        fields.check(category == null || category.isBlank() || isCategory(category), "category",
                "field.invalid-category");
        return new LogProblem(actor, summary, description == null ? "" : description, category, impact, urgency,
                criticality, fields.id("manager", manager, StaffId::of), fields.id("group", group, GroupId::of),
                CiIds.listed("affectedCis", affectedCis, fields), incidents(fields));
    }

    private ImmutableSet<TicketId> incidents(Fields fields) {
        ImmutableSet.Builder<TicketId> ids = ImmutableSet.builder();
        if (incidents != null) {
            for (int i = 0; i < incidents.size(); i++) {
                String entry = "incidents[" + i + "]";
                fields.check(incidents.get(i) != null, entry, "field.required");
                UUID value = fields.uuid(entry, incidents.get(i));
                if (value != null) {
                    ids.add(new TicketId(value));
                }
            }
        }
        return ids.build();
    }

    private static boolean isCategory(String text) {
        try {
            CategoryCode.of(text);
            return true;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
