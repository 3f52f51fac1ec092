package org.itilhis.core.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.itilhis.core.cmdb.CiGraph;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiNode;
import org.itilhis.core.cmdb.ImpactAnalysis;
import org.itilhis.core.cmdb.RelationshipRules;
import org.itilhis.core.cmdb.RelationshipType;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.DepartmentId;
import org.junit.jupiter.api.Test;

class RiskMatrixTest {
    private static final CiId DB_SERVER = new CiId(new UUID(1, 1));
    private static final CiId LIS = new CiId(new UUID(1, 2));
    private static final CiId BILLING = new CiId(new UUID(1, 3));
    private static final CiId PRINTER = new CiId(new UUID(1, 4));
    private static final RiskMatrix MATRIX = RiskMatrix.hospitalDefault();

    /** The database server runs the LIS (clinical-critical, the laboratory's) and billing (important, finance's). */
    private static final ImpactAnalysis CMDB = ImpactAnalysis.of(CiGraph.builder(RelationshipRules.allowingEverything())
            .add(new CiNode(DB_SERVER, "server", ServiceCriticality.GENERAL, false))
            .add(new CiNode(LIS, "lis", ServiceCriticality.CLINICAL_CRITICAL, true,
                    Optional.of(DepartmentId.of("laboratory"))))
            .add(new CiNode(BILLING, "billing", ServiceCriticality.IMPORTANT, true,
                    Optional.of(DepartmentId.of("finance"))))
            .add(new CiNode(PRINTER, "printer", ServiceCriticality.GENERAL, false))
            .relate(LIS, RelationshipType.RUNS_ON, DB_SERVER)
            .relate(BILLING, RelationshipType.RUNS_ON, DB_SERVER)
            .build());

    @Test
    void theConsequenceComesFromWhatTheCmdbSaysTheTouchedItemsReach() {
        ChangeImpact impact = ChangeImpact.of(CMDB.impactOf(Set.of(DB_SERVER)), ExpectedOutage.wholeWindow());

        assertThat(impact.businessServices()).containsExactlyInAnyOrder(LIS, BILLING);
        assertThat(impact.clinicalCriticalServices()).containsExactly(LIS);
        assertThat(impact.departments()).containsExactlyInAnyOrder(DepartmentId.of("laboratory"), DepartmentId.of("finance"));
        assertThat(MATRIX.ruleFor(impact).consequence()).isEqualTo(Consequence.SEVERE);
    }

    @Test
    void theExplanationListsEveryInputTheRuleThatFiredAndTheMatrixCell() {
        ChangeImpact impact = ChangeImpact.of(CMDB.impactOf(Set.of(DB_SERVER)), ExpectedOutage.lasting(Duration.ofMinutes(20)));

        RiskAssessment risk = MATRIX.assess(Likelihood.UNLIKELY, "patched the same way last quarter", impact);

        assertThat(risk.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(risk.consequenceRule()).isEqualTo("clinical-critical-down");
        assertThat(risk.reachesClinicalCriticalServices()).isTrue();
        assertThat(risk.explanation()).containsExactly(
                "likelihood UNLIKELY: patched the same way last quarter",
                "business services reached: 2",
                "clinical-critical services reached: 1",
                "departments affected: 2",
                "expected outage: PT20M",
                "rule clinical-critical-down -> SEVERE",
                "matrix UNLIKELY x SEVERE -> HIGH");
    }

    @Test
    void reachingAClinicalCriticalServiceWithoutAnOutageIsStillMajor() {
        ChangeImpact impact = ChangeImpact.of(CMDB.impactOf(Set.of(DB_SERVER)), ExpectedOutage.none());

        assertThat(MATRIX.assess(Likelihood.RARE, "rolling upgrade", impact).consequence()).isEqualTo(Consequence.MAJOR);
    }

    @Test
    void aPrinterReachingNothingIsMinorAndLowRisk() {
        ChangeImpact impact = ChangeImpact.of(CMDB.impactOf(Set.of(PRINTER)), ExpectedOutage.wholeWindow());

        RiskAssessment risk = MATRIX.assess(Likelihood.POSSIBLE, "new driver", impact);

        assertThat(risk.consequence()).isEqualTo(Consequence.MINOR);
        assertThat(risk.consequenceRule()).isEqualTo("otherwise");
        assertThat(risk.level()).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void theMatrixGrowsWithLikelihoodAndConsequence() {
        for (Likelihood likelihood : Likelihood.values()) {
            for (Consequence consequence : Consequence.values()) {
                if (likelihood.ordinal() > 0) {
                    Likelihood lower = Likelihood.values()[likelihood.ordinal() - 1];
                    assertThat(MATRIX.levelOf(likelihood, consequence)).isGreaterThanOrEqualTo(MATRIX.levelOf(lower, consequence));
                }
                if (consequence.ordinal() > 0) {
                    Consequence lower = Consequence.values()[consequence.ordinal() - 1];
                    assertThat(MATRIX.levelOf(likelihood, consequence)).isGreaterThanOrEqualTo(MATRIX.levelOf(likelihood, lower));
                }
            }
        }
    }

    @Test
    void aMatrixWithoutACatchAllRuleIsRefused() {
        assertThatThrownBy(() -> RiskMatrix.of(List.of(new ConsequenceRule("only-outages", Consequence.MAJOR, 0, 0, 0, true)),
                new RiskLevel[][] {{RiskLevel.LOW, RiskLevel.LOW, RiskLevel.LOW, RiskLevel.LOW},
                        {RiskLevel.LOW, RiskLevel.LOW, RiskLevel.LOW, RiskLevel.LOW},
                        {RiskLevel.LOW, RiskLevel.LOW, RiskLevel.LOW, RiskLevel.LOW},
                        {RiskLevel.LOW, RiskLevel.LOW, RiskLevel.LOW, RiskLevel.LOW}}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clinicalCriticalServicesMustBeAmongTheBusinessServices() {
        assertThatThrownBy(() -> new ChangeImpact(ImmutableSet.of(), ImmutableSet.of(LIS), ImmutableSet.of(),
                ExpectedOutage.none())).isInstanceOf(IllegalArgumentException.class);
    }
}
