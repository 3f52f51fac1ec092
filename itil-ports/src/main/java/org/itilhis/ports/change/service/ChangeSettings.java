package org.itilhis.ports.change.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.ZoneId;
import org.itilhis.core.change.ApprovalPolicy;
import org.itilhis.core.change.CabId;
import org.itilhis.core.change.RiskMatrix;

/**
 * The hospital's own rules for change management.
 *
 * @param steps          how many relationships apart two overlapping changes still disturb each other (1 by default)
 * @param risk           the risk matrix: likelihood x consequence
 * @param approval       who approves which change
 * @param board          the change advisory board that approves normal changes when a request names none
 * @param emergencyBoard the emergency board that approves emergency changes when a request names none
 * @param soonAfter      how long after a change's window an incident on a touched item is still possibly caused by it
 * @param zone           the hospital's zone: of templates' and windows' local times, and the change numbers' year
 */
public record ChangeSettings(int steps, RiskMatrix risk, ApprovalPolicy approval, CabId board, CabId emergencyBoard,
                             Duration soonAfter, ZoneId zone) {
    public static final CabId CAB = CabId.of("cab");
    public static final CabId ECAB = CabId.of("ecab");

    public ChangeSettings {
        checkArgument(steps >= 0, "steps %s is negative", steps);
        checkNotNull(risk, "risk");
        checkNotNull(approval, "approval");
        checkNotNull(board, "board");
        checkNotNull(emergencyBoard, "emergencyBoard");
        checkNotNull(soonAfter, "soonAfter");
        checkArgument(!soonAfter.isNegative(), "soonAfter %s is negative", soonAfter);
        checkNotNull(zone, "zone");
    }

    /**
     * The default of issue 16: changes one relationship apart disturb each other, the hospital
     * default risk matrix and approval policy, boards {@code cab} and {@code ecab}, incidents up to
     * 24 hours after a window possibly caused by it, in {@code zone}.
     */
    public static ChangeSettings hospitalDefault(ZoneId zone) {
        return new ChangeSettings(1, RiskMatrix.hospitalDefault(), ApprovalPolicy.hospitalDefault(), CAB, ECAB,
                Duration.ofHours(24), zone);
    }

    public ChangeSettings withSteps(int wanted) {
        return new ChangeSettings(wanted, risk, approval, board, emergencyBoard, soonAfter, zone);
    }

    public ChangeSettings withSoonAfter(Duration wanted) {
        return new ChangeSettings(steps, risk, approval, board, emergencyBoard, wanted, zone);
    }
}
