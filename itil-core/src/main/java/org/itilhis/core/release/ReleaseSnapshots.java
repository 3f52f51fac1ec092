package org.itilhis.core.release;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The structural invariants a stored release must hold before {@link Release#restore}
 * accepts it: what the commands guarantee, checked again because a snapshot comes from
 * outside (a database row, a migration, a hand-edited fixture).
 */
final class ReleaseSnapshots {
    private static final Set<ReleaseStatus> AFTER_A_NO_GO =
            EnumSet.of(ReleaseStatus.HALTED, ReleaseStatus.ROLLED_BACK, ReleaseStatus.CANCELLED);
    private static final Set<ReleaseStatus> EVERY_STAGE_ENTERED =
            EnumSet.of(ReleaseStatus.DEPLOYED, ReleaseStatus.CLOSED);

    private ReleaseSnapshots() {
    }

    static void checkConsistent(ReleaseSnapshot s) {
        ReleaseStatus status = s.status();
        List<StageDecision> decisions = s.decisions();
        checkArgument(decisions.size() <= s.stages().size(), "more decisions than stages");
        for (int i = 0; i < decisions.size(); i++) {
            StageDecision decision = decisions.get(i);
            checkArgument(decision.stage().equals(s.stages().get(i).name()), "decision %s is not about stage %s",
                    decision, s.stages().get(i));
            checkArgument(decision.isGo() || i == decisions.size() - 1, "a decision after the no-go %s", decision);
        }
        boolean noGo = !decisions.isEmpty() && !decisions.get(decisions.size() - 1).isGo();
        checkArgument(!noGo || AFTER_A_NO_GO.contains(status), "a no-go in a %s release", status);
        checkArgument(status != ReleaseStatus.HALTED || noGo, "a halted release without a no-go");
        checkArgument(status != ReleaseStatus.PLANNED || decisions.isEmpty(), "a planned release with decisions");
        checkArgument(!EVERY_STAGE_ENTERED.contains(status) || (!noGo && decisions.size() == s.stages().size()),
                "a %s release with a stage not entered", status);
        List<String> entered = decisions.stream().filter(StageDecision::isGo).map(StageDecision::stage).toList();
        for (Deployment deployment : s.deployments()) {
            checkArgument(entered.contains(deployment.stage()), "a deployment to the stage %s, not entered",
                    deployment.stage());
        }
        checkArgument(status != ReleaseStatus.CANCELLED || s.deployments().isEmpty(),
                "a cancelled release with deployments");
        checkArgument((status == ReleaseStatus.ROLLED_BACK) == s.rollback().isPresent(), "%s with rollback %s",
                status, s.rollback());
        checkArgument(status == ReleaseStatus.PLANNED || status == ReleaseStatus.CANCELLED || !s.changes().isEmpty(),
                "a %s release without changes", status);
    }
}
