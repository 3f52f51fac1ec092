package org.itilhis.core.release;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.shared.StaffId;

/**
 * The whole state of a release as one value: what adapters store (as JSON) and what
 * {@link Release#restore} accepts. Two releases are in the same state exactly when their
 * snapshots are equal.
 *
 * @param releaseVersion the software version the release delivers, such as {@code HIS 5.3.2}
 * @param changes        the bundled changes, in the order they were bundled
 * @param decisions      the go / no-go decisions, in stage order
 * @param deployments    the deployments, oldest first
 * @param version        the number of events the release has recorded; the optimistic-locking version
 */
public record ReleaseSnapshot(
        ReleaseId id,
        ReleaseNumber number,
        SoftwareVersion releaseVersion,
        String summary,
        StaffId manager,
        StagePlan stages,
        ReleaseStatus status,
        ImmutableSet<ChangeId> changes,
        ImmutableList<StageDecision> decisions,
        ImmutableList<Deployment> deployments,
        Optional<Rollback> rollback,
        Instant plannedAt,
        Instant updatedAt,
        long version) {

    public ReleaseSnapshot {
        checkNotNull(id, "id");
        checkNotNull(number, "number");
        checkNotNull(releaseVersion, "releaseVersion");
        checkNotNull(summary, "summary");
        checkNotNull(manager, "manager");
        checkNotNull(stages, "stages");
        checkNotNull(status, "status");
        checkNotNull(changes, "changes");
        checkNotNull(decisions, "decisions");
        checkNotNull(deployments, "deployments");
        checkNotNull(rollback, "rollback");
        checkNotNull(plannedAt, "plannedAt");
        checkNotNull(updatedAt, "updatedAt");
    }
}
