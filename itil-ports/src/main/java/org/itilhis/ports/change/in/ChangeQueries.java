package org.itilhis.ports.change.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.change.CabId;
import org.itilhis.core.change.ChangeAdvisoryBoard;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.change.ChangeTemplate;
import org.itilhis.core.change.schedule.ChangeWindow;
import org.itilhis.core.change.schedule.ForwardSchedule;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;

/**
 * Reading changes and their schedule. A change is shown only to a reader with {@code
 * VIEW_CHANGE} in a scope covering its assignment group (under the hospital default: the change
 * manager, CAB members, the director, the desk, the release and configuration managers see every
 * change, engineers and leads their groups'). The forward schedule, the conflict check and the
 * configuration (boards, templates, windows) need {@code VIEW_CHANGE} in any scope: the schedule
 * is published to the hospital, so it shows every scheduled change.
 *
 * @throws org.itilhis.core.access.NotPermittedException without {@code VIEW_CHANGE} at all
 */
public interface ChangeQueries {
    /** @throws ChangeNotFoundException if absent or not visible to the actor */
    ChangeView change(Actor actor, ChangeId id);

    Optional<ChangeView> byNumber(Actor actor, ChangeNumber number);

    /**
     * The changes matching {@code search} that the actor may see, by number, at most {@code
     * search.limit()}, after {@code search.after()} when given (keyset paging).
     */
    List<ChangeView> search(Actor actor, ChangeSearch search);

    /**
     * The audit trail of one change, oldest first.
     *
     * @throws ChangeNotFoundException if absent or not visible to the actor
     */
    List<DomainEvent> history(Actor actor, ChangeId id);

    /**
     * The forward schedule from {@code from} to {@code to} (exclusive): the scheduled and
     * implementing changes in the period, each with every conflict it is part of as the CMDB and
     * the windows stand now, and the blackout and maintenance windows' occurrences.
     *
     * @throws org.itilhis.ports.common.InvalidCommandException (field {@code to}) if the period does
     *         not end after it starts or is longer than 366 days
     */
    ForwardSchedule forwardSchedule(Actor actor, Instant from, Instant to);

    /**
     * A dry run: the conflicts a change in the proposed window would be part of, against the
     * scheduled and implementing changes and the windows, and the maintenance windows it lies in.
     *
     * @throws ChangeNotFoundException for a proposed move of a change the actor may not see
     * @throws org.itilhis.ports.configuration.in.CiNotFoundException for an item not in the CMDB
     */
    ScheduleCheckResult checkSchedule(Actor actor, ProposedSchedule proposal);

    /**
     * The agenda of {@code board}'s next meeting: the changes awaiting its decision.
     *
     * @throws ChangeAdvisoryBoardNotFoundException for an unknown board
     */
    CabAgenda agenda(Actor actor, CabId board);

    /**
     * The incidents possibly caused by a change: raised on an item it touches from the start of
     * its window until the settings' "soon after" period after its end, oldest first; only
     * incidents the actor may see.
     *
     * @throws ChangeNotFoundException if absent or not visible to the actor
     */
    List<PossiblyCausedIncident> possiblyCausedIncidents(Actor actor, ChangeId id);

    /** The advisory boards, by id. */
    List<ChangeAdvisoryBoard> boards(Actor actor);

    /** The standard change templates, by code. */
    List<ChangeTemplate> templates(Actor actor);

    /** The blackout and maintenance windows, by id. */
    List<ChangeWindow> windows(Actor actor);
}
