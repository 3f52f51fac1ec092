package org.itilhis.ports.operations.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.inspection.RoundId;
import org.itilhis.core.inspection.RoundStanding;
import org.itilhis.core.inspection.ScheduleId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;

/**
 * Reading the inspection rounds: templates with their versions, schedules, a group's rounds of a
 * period and a round with its results, and the completion rates. Each answer is limited to what
 * the actor may see ({@code VIEW_INSPECTIONS} in the group's scope); a record they may not see is
 * reported as not found.
 *
 * @throws org.itilhis.core.access.NotPermittedException when the actor may not see the group's inspections at all
 */
public interface InspectionQueries {
    /** The newest version of each of the group's templates, by code. */
    List<InspectionTemplateView> templates(Actor actor, GroupId group);

    /**
     * Version {@code version} of template {@code code}, the newest when empty.
     *
     * @throws InspectionTemplateNotFoundException if there is no such template (version) the actor may see
     */
    InspectionTemplateView template(Actor actor, String code, Optional<Long> version);

    /** The group's schedules, active and retired, by template code. */
    List<InspectionScheduleView> schedules(Actor actor, GroupId group);

    /** @throws InspectionScheduleNotFoundException if there is no such schedule the actor may see */
    InspectionScheduleView schedule(Actor actor, ScheduleId id);

    /**
     * The group's rounds due in {@code [from, to)}, by due time, of the given standings now (all
     * when {@code standings} is empty).
     */
    List<RoundView> rounds(Actor actor, GroupId group, Instant from, Instant to, Set<RoundStanding> standings);

    /** @throws InspectionRoundNotFoundException if there is no such round the actor may see */
    RoundView round(Actor actor, RoundId id);

    /** How the group's rounds due in {@code [from, to)} were done: per engineer and per template. */
    RoundCompletion completion(Actor actor, GroupId group, Instant from, Instant to);
}
