package org.itilhis.adapters.rest.release;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.itilhis.adapters.rest.problemdetails.Actions;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.release.Deployment;
import org.itilhis.core.release.ReleaseSnapshot;
import org.itilhis.core.release.ReleaseStatus;
import org.itilhis.core.release.Restoration;
import org.itilhis.core.release.Rollback;
import org.itilhis.core.release.SoftwareVersion;
import org.itilhis.core.release.Stage;
import org.itilhis.core.release.StageDecision;
import org.itilhis.core.release.StageVerdict;
import org.itilhis.ports.release.in.ReleaseView;

/**
 * A release with everything about it: the version it delivers, its stages in order (one of
 * them hospital-wide), the changes it bundles, the go / no-go decisions, every deployment (the
 * version now on the item and the one it replaced), the rollback if it was rolled back, and the
 * workflow steps possible now, named as the path segments of their endpoints ({@code roll-back});
 * whether the reader may take them is decided when they try. {@code version} is also the {@code ETag}.
 */
public record ReleaseJson(UUID id, String number, ReleaseStatus status, String releaseVersion, String summary,
                          String manager, List<StageJson> stages, List<UUID> changes, List<DecisionJson> decisions,
                          List<DeploymentJson> deployments, RollbackJson rollback, List<String> allowedActions,
                          Instant plannedAt, Instant updatedAt, long version) {

    public static ReleaseJson of(ReleaseView view) {
        ReleaseSnapshot r = view.release();
        return new ReleaseJson(r.id().value(), r.number().toString(), r.status(), r.releaseVersion().value(),
                r.summary(), r.manager().value(), r.stages().stages().stream().map(StageJson::of).toList(),
                r.changes().stream().map(ChangeId::value).toList(),
                r.decisions().stream().map(DecisionJson::of).toList(),
                r.deployments().stream().map(DeploymentJson::of).toList(),
                r.rollback().map(RollbackJson::of).orElse(null),
                view.allowedActions().stream().map(action -> Actions.pathSegment(action.name())).sorted().toList(),
                r.plannedAt(), r.updatedAt(), r.version());
    }

    /** A stage of the plan; exactly one is hospital-wide. */
    public record StageJson(String name, boolean hospitalWide) {
        static StageJson of(Stage stage) {
            return new StageJson(stage.name(), stage.hospitalWide());
        }
    }

    /** The go or no-go on a stage: who, when and why. */
    public record DecisionJson(String stage, StageVerdict verdict, String reason, String by, Instant at) {
        static DecisionJson of(StageDecision d) {
            return new DecisionJson(d.stage(), d.verdict(), d.reason(), d.by().value(), d.at());
        }
    }

    /** One deployment to one item: the version now running there and the one it replaced, when known. */
    public record DeploymentJson(UUID ci, String stage, String version, String previousVersion, String by,
                                 Instant at) {
        static DeploymentJson of(Deployment d) {
            return new DeploymentJson(d.ci().value(), d.stage(), d.version().value(),
                    d.previousVersion().map(SoftwareVersion::value).orElse(null), d.by().value(), d.at());
        }
    }

    /** The rollback: why, and each item set back to its version before the release. */
    public record RollbackJson(String reason, List<RestorationJson> restorations, String by, Instant at) {
        static RollbackJson of(Rollback r) {
            return new RollbackJson(r.reason(), r.restorations().stream().map(RestorationJson::of).toList(),
                    r.by().value(), r.at());
        }
    }

    /** One item of a rollback: the version restored and the one of the release it replaced. */
    public record RestorationJson(UUID ci, String restoredVersion, String replacedVersion) {
        static RestorationJson of(Restoration r) {
            return new RestorationJson(r.ci().value(), r.restoredVersion().value(), r.replacedVersion().value());
        }
    }
}
