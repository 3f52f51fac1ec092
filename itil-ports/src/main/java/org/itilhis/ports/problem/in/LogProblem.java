package org.itilhis.ports.problem.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;

/**
 * Logs a problem: what it is about ({@code category} in the tickets' coding, such as {@code
 * his.outpatient}), its priority from impact, urgency and criticality by the incidents' policy,
 * its problem manager and owning group, the configuration items it affects (each must exist in
 * the CMDB) and the incidents that revealed it (each linked as by {@link
 * ProblemCommand.LinkIncident}). Needs {@code LOG_PROBLEM}, and {@code LINK_INCIDENT} when
 * incidents are given.
 *
 * @param affectedCis empty or null for none
 * @param incidents   empty or null for none (a proactive problem)
 */
public record LogProblem(@NotNull Actor actor, @NotBlank @Size(max = 200) String summary,
                         @NotNull @Size(max = 8000) String description, @NotBlank @Size(max = 100) String category,
                         @NotBlank @Size(max = 40) String impact, @NotBlank @Size(max = 40) String urgency,
                         @NotNull ServiceCriticality criticality, @NotNull StaffId manager, @NotNull GroupId group,
                         @Size(max = 100) Set<@NotNull CiId> affectedCis,
                         @Size(max = 500) Set<@NotNull TicketId> incidents) {
    public LogProblem {
        affectedCis = affectedCis == null ? Set.of() : Set.copyOf(affectedCis);
        incidents = incidents == null ? Set.of() : Set.copyOf(incidents);
    }
}
