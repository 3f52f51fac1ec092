package org.itilhis.core.release;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;

/**
 * Everything that can happen to a release. Each successful command records exactly one
 * event (a command that would change nothing records none); applying a release's events in
 * order rebuilds it ({@link Release#replay}). The events that touch other practices carry
 * what those need without reading the release: {@link Deployed} names the item, the version
 * now running there and the release, so that the CMDB's own command can change the item's
 * software version and its history shows which release changed it; {@link RolledBack} lists
 * each item with the version to set back and the changes to mark backed out; {@link Closed}
 * names the changes to close.
 */
public sealed interface ReleaseEvent extends DomainEvent {
    ReleaseId releaseId();

    @Override
    default String aggregateId() {
        return releaseId().toString();
    }

    @Override
    default String type() {
        return "release." + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, getClass().getSimpleName());
    }

    /** Calls {@code visitor}'s method for this event's type: dispatch whose completeness the compiler checks. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per release event: a new event does not compile until every handler says
     * what it does with it.
     *
     * @param <R> what handling an event gives ({@code Void} for none)
     */
    interface Visitor<R> {
        R planned(Planned e);

        R changeBundled(ChangeBundled e);

        R changeUnbundled(ChangeUnbundled e);

        R started(Started e);

        R goGiven(GoGiven e);

        R noGoGiven(NoGoGiven e);

        R deployed(Deployed e);

        R completed(Completed e);

        R rolledBack(RolledBack e);

        R closed(Closed e);

        R cancelled(Cancelled e);
    }

    /** The release exists, in state PLANNED, with its version, stages and first changes. */
    record Planned(ReleaseId releaseId, ReleaseNumber number, SoftwareVersion releaseVersion, String summary,
                   StaffId manager, StagePlan stages, ImmutableSet<ChangeId> changes, StaffId actor,
                   Instant occurredAt) implements ReleaseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.planned(this);
        }
    }

    record ChangeBundled(ReleaseId releaseId, ChangeId changeId, StaffId actor, Instant occurredAt)
            implements ReleaseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.changeBundled(this);
        }
    }

    record ChangeUnbundled(ReleaseId releaseId, ChangeId changeId, StaffId actor, Instant occurredAt)
            implements ReleaseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.changeUnbundled(this);
        }
    }

    /** The bundle is frozen ({@code changes}) and the stages begin. */
    record Started(ReleaseId releaseId, ImmutableSet<ChangeId> changes, StaffId actor, Instant occurredAt)
            implements ReleaseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.started(this);
        }
    }

    /**
     * A go: {@code stage} is entered. For the hospital-wide stage, every bundled change was
     * approved at that moment, by the facts the service found.
     */
    record GoGiven(ReleaseId releaseId, String stage, boolean hospitalWide, String reason, StaffId actor,
                   Instant occurredAt) implements ReleaseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.goGiven(this);
        }
    }

    /** A no-go on {@code stage}: the release halts. */
    record NoGoGiven(ReleaseId releaseId, String stage, String reason, StaffId actor, Instant occurredAt)
            implements ReleaseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.noGoGiven(this);
        }
    }

    /**
     * {@code version} now runs on {@code ci}, deployed by release {@code number} in {@code stage};
     * {@code previousVersion} ran there before, when known. What the CMDB's software version
     * attribute of the item becomes.
     */
    record Deployed(ReleaseId releaseId, ReleaseNumber number, CiId ci, String stage, SoftwareVersion version,
                    Optional<SoftwareVersion> previousVersion, StaffId actor, Instant occurredAt)
            implements ReleaseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.deployed(this);
        }

        /** The deployment record this event adds to the release. */
        public Deployment deployment() {
            return new Deployment(ci, stage, version, previousVersion, actor, occurredAt);
        }
    }

    /** Every stage entered: the release runs hospital-wide. */
    record Completed(ReleaseId releaseId, StaffId actor, Instant occurredAt) implements ReleaseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.completed(this);
        }
    }

    /**
     * Rolled back: each restoration sets an item back to its version before release
     * {@code number}; {@code changes} are the bundled changes, for change management to mark
     * backed out.
     */
    record RolledBack(ReleaseId releaseId, ReleaseNumber number, String reason,
                      ImmutableList<Restoration> restorations, ImmutableSet<ChangeId> changes, StaffId actor,
                      Instant occurredAt) implements ReleaseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.rolledBack(this);
        }

        /** The rollback record this event sets on the release. */
        public Rollback rollback() {
            return new Rollback(reason, restorations, actor, occurredAt);
        }
    }

    /**
     * Closed, every bundled change implemented or closed; {@code changesToClose} are those
     * still implemented, which the service closes with the release.
     */
    record Closed(ReleaseId releaseId, ImmutableSet<ChangeId> changesToClose, StaffId actor, Instant occurredAt)
            implements ReleaseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.closed(this);
        }
    }

    record Cancelled(ReleaseId releaseId, String reason, StaffId actor, Instant occurredAt) implements ReleaseEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.cancelled(this);
        }
    }
}
