package org.itilhis.ports.release.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.itilhis.core.access.Permission;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.release.Release;
import org.itilhis.core.release.ReleaseId;
import org.itilhis.core.release.SoftwareVersion;
import org.itilhis.core.shared.Actor;

/**
 * A command on an existing release (planning one is {@link PlanRelease}). {@code
 * expectedVersion}, when given, is the version the actor saw; the command is refused with a
 * version conflict if the release changed since. Each command states the permission it needs,
 * besides {@code VIEW_RELEASE}: whoever may not see releases is told the release does not exist.
 */
public sealed interface ReleaseCommand {
    Actor actor();

    ReleaseId release();

    Long expectedVersion();

    /** The permission the actor needs to give this command. */
    Permission permission();

    /** Hands this command to the {@code visitor} method for its type. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per command: whatever dispatches release commands implements it, so a new
     * command does not compile until each dispatcher says what it does with it.
     */
    interface Visitor<R> {
        R bundleChange(BundleChange command);

        R unbundleChange(UnbundleChange command);

        R start(Start command);

        R go(Go command);

        R noGo(NoGo command);

        R deploy(Deploy command);

        R complete(Complete command);

        R rollBack(RollBack command);

        R close(Close command);

        R cancel(Cancel command);
    }

    /** Adds a change to the bundle while planning; it must exist in change management. */
    record BundleChange(@NotNull Actor actor, @NotNull ReleaseId release, @PositiveOrZero Long expectedVersion,
                        @NotNull ChangeId change) implements ReleaseCommand {
        @Override
        public Permission permission() {
            return Permission.MANAGE_RELEASE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.bundleChange(this);
        }
    }

    /** Takes a change out of the bundle while planning. */
    record UnbundleChange(@NotNull Actor actor, @NotNull ReleaseId release, @PositiveOrZero Long expectedVersion,
                          @NotNull ChangeId change) implements ReleaseCommand {
        @Override
        public Permission permission() {
            return Permission.MANAGE_RELEASE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.unbundleChange(this);
        }
    }

    /** Freezes the bundle and begins the stages. */
    record Start(@NotNull Actor actor, @NotNull ReleaseId release, @PositiveOrZero Long expectedVersion)
            implements ReleaseCommand {
        @Override
        public Permission permission() {
            return Permission.MANAGE_RELEASE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.start(this);
        }
    }

    /**
     * A go for the next stage. For the hospital-wide stage the service reads every bundled
     * change's standing in change management; the go is refused naming those not approved.
     */
    record Go(@NotNull Actor actor, @NotNull ReleaseId release, @PositiveOrZero Long expectedVersion,
              @NotBlank @Pattern(regexp = PlanRelease.STAGE_NAME, message = PlanRelease.STAGE_MESSAGE) String stage,
              @NotBlank @Size(max = Release.MAX_TEXT) String reason) implements ReleaseCommand {
        @Override
        public Permission permission() {
            return Permission.DECIDE_RELEASE_STAGE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.go(this);
        }
    }

    /** A no-go for the next stage: the release halts. */
    record NoGo(@NotNull Actor actor, @NotNull ReleaseId release, @PositiveOrZero Long expectedVersion,
                @NotBlank @Pattern(regexp = PlanRelease.STAGE_NAME, message = PlanRelease.STAGE_MESSAGE) String stage,
                @NotBlank @Size(max = Release.MAX_TEXT) String reason) implements ReleaseCommand {
        @Override
        public Permission permission() {
            return Permission.DECIDE_RELEASE_STAGE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.noGo(this);
        }
    }

    /**
     * Deploys {@code version} to each of {@code cis} in the entered {@code stage}: each item's
     * software version attribute in the CMDB changes to it, by the CMDB's own command, whose
     * note names the release; the version the attribute held before is recorded as the one a
     * rollback restores.
     */
    record Deploy(@NotNull Actor actor, @NotNull ReleaseId release, @PositiveOrZero Long expectedVersion,
                  @NotBlank @Pattern(regexp = PlanRelease.STAGE_NAME, message = PlanRelease.STAGE_MESSAGE) String stage,
                  @NotBlank @Size(max = SoftwareVersion.MAX_LENGTH) String version,
                  @NotEmpty @Size(max = 100) Set<@NotNull CiId> cis) implements ReleaseCommand {
        public Deploy {
            cis = cis == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(cis));
        }

        @Override
        public Permission permission() {
            return Permission.DEPLOY_RELEASE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.deploy(this);
        }
    }

    /** Every stage entered: the release is deployed. */
    record Complete(@NotNull Actor actor, @NotNull ReleaseId release, @PositiveOrZero Long expectedVersion)
            implements ReleaseCommand {
        @Override
        public Permission permission() {
            return Permission.MANAGE_RELEASE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.complete(this);
        }
    }

    /**
     * Rolls the whole release back: every item it deployed to gets back, in the CMDB, the
     * version it had before the release. {@code restoreVersions} gives the version for items
     * whose previous version was not known when deployed (empty or null for none).
     */
    record RollBack(@NotNull Actor actor, @NotNull ReleaseId release, @PositiveOrZero Long expectedVersion,
                    @NotBlank @Size(max = Release.MAX_TEXT) String reason,
                    @Size(max = 100) Map<@NotNull CiId, @NotBlank @Size(max = SoftwareVersion.MAX_LENGTH) String>
                            restoreVersions) implements ReleaseCommand {
        public RollBack {
            restoreVersions = restoreVersions == null ? Map.of()
                    : Collections.unmodifiableMap(new LinkedHashMap<>(restoreVersions));
        }

        @Override
        public Permission permission() {
            return Permission.DEPLOY_RELEASE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.rollBack(this);
        }
    }

    /** The release held: closed, once every bundled change is implemented or closed in change management. */
    record Close(@NotNull Actor actor, @NotNull ReleaseId release, @PositiveOrZero Long expectedVersion)
            implements ReleaseCommand {
        @Override
        public Permission permission() {
            return Permission.MANAGE_RELEASE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.close(this);
        }
    }

    /** Abandons a release that deployed nothing. */
    record Cancel(@NotNull Actor actor, @NotNull ReleaseId release, @PositiveOrZero Long expectedVersion,
                  @NotBlank @Size(max = Release.MAX_TEXT) String reason) implements ReleaseCommand {
        @Override
        public Permission permission() {
            return Permission.MANAGE_RELEASE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.cancel(this);
        }
    }
}
