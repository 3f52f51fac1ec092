package org.itilhis.ports.release.in;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import org.itilhis.core.release.Release;
import org.itilhis.core.release.ReleaseAction;
import org.itilhis.core.release.ReleaseId;
import org.itilhis.core.release.ReleaseNumber;
import org.itilhis.core.release.ReleaseSnapshot;
import org.itilhis.core.release.ReleaseStatus;

/**
 * A release as a reader sees it: its whole stored state (version, stages, bundled changes,
 * decisions, deployments, rollback) and the actions its workflow allows now. Never the
 * aggregate itself.
 *
 * @param release        the release's state; {@code release.version()} is the optimistic-locking
 *                       version, for {@code expectedVersion}
 * @param allowedActions the steps the workflow allows now (a step may still be refused by its
 *                       own checks, such as the stage order)
 */
public record ReleaseView(ReleaseSnapshot release, ImmutableSet<ReleaseAction> allowedActions) {
    public ReleaseView {
        checkNotNull(release, "release");
        checkNotNull(allowedActions, "allowedActions");
    }

    public static ReleaseView of(Release release) {
        return new ReleaseView(release.snapshot(), release.allowedActions());
    }

    public ReleaseId id() {
        return release.id();
    }

    public ReleaseNumber number() {
        return release.number();
    }

    public ReleaseStatus status() {
        return release.status();
    }

    public long version() {
        return release.version();
    }
}
