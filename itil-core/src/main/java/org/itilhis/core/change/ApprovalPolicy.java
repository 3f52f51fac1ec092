package org.itilhis.core.change;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.EnumSet;

/**
 * Who must approve a change, as data: for a normal change, one {@link Requirement} per
 * {@link RiskLevel}; for an emergency change, the emergency board's requirement whatever the
 * risk; and, whenever the assessment reaches a clinical-critical service, the seat that speaks
 * for the wards must approve too ({@code clinicalRole}). Standard changes need no approval:
 * their template gave it in advance.
 *
 * <p>When a clinical-critical service is reached, a change the risk would leave to the change
 * manager alone goes to the board instead (with the {@code MEDIUM} requirement), because only a
 * board has a clinical representative. With {@link RiskMatrix#hospitalDefault()} this cannot
 * happen (reaching a clinical-critical service is at least MEDIUM risk), but a hospital's own
 * matrix might allow it.
 */
public record ApprovalPolicy(ImmutableMap<RiskLevel, Requirement> normal, Requirement emergency,
                             CabRole clinicalRole) {
    public ApprovalPolicy {
        checkNotNull(normal, "normal");
        checkNotNull(emergency, "emergency");
        checkNotNull(clinicalRole, "clinicalRole");
        checkArgument(normal.keySet().containsAll(EnumSet.allOf(RiskLevel.class)), "a requirement for every risk level");
        checkArgument(normal.get(RiskLevel.MEDIUM).authority() == Authority.CAB, "medium risk goes to the CAB");
        checkArgument(emergency.authority() == Authority.EMERGENCY_CAB, "emergency changes go to the emergency CAB");
        normal.values().forEach(r -> checkArgument(r.authority() != Authority.EMERGENCY_CAB,
                "normal changes never go to the emergency CAB"));
    }

    /** Who approves. */
    public enum Authority {
        /** The change manager alone ({@link ChangeAdvisoryBoard#changeManagerAlone}). */
        CHANGE_MANAGER,
        /** The change advisory board. */
        CAB,
        /** The emergency change advisory board. */
        EMERGENCY_CAB
    }

    /** Which board approves, and under which rule. */
    public record Requirement(Authority authority, ApprovalRule rule) {
        public Requirement {
            checkNotNull(authority, "authority");
            checkNotNull(rule, "rule");
        }

        /** Whether {@code board} is the kind of board this requirement asks for. */
        public boolean isMetByKindOf(ChangeAdvisoryBoard board) {
            return switch (authority) {
                case CHANGE_MANAGER -> board.id().equals(ChangeAdvisoryBoard.CHANGE_MANAGER_ALONE);
                case CAB -> !board.emergency() && !board.id().equals(ChangeAdvisoryBoard.CHANGE_MANAGER_ALONE);
                case EMERGENCY_CAB -> board.emergency();
            };
        }
    }

    /**
     * The default for a hospital: low risk, the change manager; medium, a majority of the CAB
     * with at least three votes cast; high and very high, that and the IT director; an emergency,
     * two approvals of the emergency board, one of them the IT director's. The clinical
     * representative must approve whatever reaches a clinical-critical service.
     */
    public static ApprovalPolicy hospitalDefault() {
        Requirement cab = new Requirement(Authority.CAB,
                ApprovalRule.allOf(ApprovalRule.quorum(3), ApprovalRule.majority()));
        Requirement cabAndDirector = new Requirement(Authority.CAB, ApprovalRule.allOf(ApprovalRule.quorum(3),
                ApprovalRule.majority(), ApprovalRule.roleMustApprove(CabRole.IT_DIRECTOR)));
        return new ApprovalPolicy(ImmutableMap.of(
                RiskLevel.LOW, new Requirement(Authority.CHANGE_MANAGER, ApprovalRule.roleMustApprove(CabRole.CHANGE_MANAGER)),
                RiskLevel.MEDIUM, cab,
                RiskLevel.HIGH, cabAndDirector,
                RiskLevel.VERY_HIGH, cabAndDirector),
                new Requirement(Authority.EMERGENCY_CAB, ApprovalRule.allOf(ApprovalRule.atLeast(2),
                        ApprovalRule.roleMustApprove(CabRole.IT_DIRECTOR))),
                CabRole.CLINICAL_REPRESENTATIVE);
    }

    /**
     * The approval a normal or emergency change with {@code risk} needs.
     *
     * @throws IllegalArgumentException for a standard change, which needs none
     */
    public Requirement requirementFor(ChangeModel model, RiskAssessment risk) {
        checkNotNull(model, "model");
        checkNotNull(risk, "risk");
        checkArgument(model != ChangeModel.STANDARD, "a standard change is approved by its template");
        Requirement base = model == ChangeModel.EMERGENCY ? emergency : normal.get(risk.level());
        if (!risk.reachesClinicalCriticalServices()) {
            return base;
        }
        if (base.authority() == Authority.CHANGE_MANAGER) {
            base = normal.get(RiskLevel.MEDIUM);
        }
        return new Requirement(base.authority(),
                ApprovalRule.allOf(base.rule(), ApprovalRule.roleMustApprove(clinicalRole)));
    }
}
