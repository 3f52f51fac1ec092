package org.itilhis.core.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StagePlanTest {

    @Test
    void theHospitalDefaultGoesFromBuildToHospitalWide() {
        StagePlan plan = StagePlan.hospitalDefault();

        assertThat(plan.names()).containsExactly("build", "test", "pilot-ward", "hospital-wide");
        assertThat(plan.stages()).filteredOn(Stage::hospitalWide).extracting(Stage::name)
                .containsExactly("hospital-wide");
    }

    @Test
    void withoutAFlaggedStageTheLastIsHospitalWide() {
        StagePlan plan = StagePlan.named("test", "ward-5", "ward-9");

        assertThat(plan.hospitalWideStage().name()).isEqualTo("ward-9");
        assertThat(plan).isEqualTo(StagePlan.of(List.of(Stage.of("test"), Stage.of("ward-5"),
                Stage.hospitalWide("ward-9"))));
    }

    @Test
    void aFlaggedStageIsTheHospitalWideOneWhereverItIs() {
        StagePlan plan = StagePlan.of(
                List.of(Stage.of("test"), Stage.hospitalWide("all-wards"), Stage.of("hypercare")));

        assertThat(plan.hospitalWideStage().name()).isEqualTo("all-wards");
        assertThat(plan.get(2).hospitalWide()).isFalse();
    }

    @Test
    void aPlanHasStagesWithUniqueKebabCaseNamesAndOneHospitalWideStage() {
        assertThatThrownBy(() -> StagePlan.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StagePlan.named("test", "test")).hasMessageContaining("declared twice");
        assertThatThrownBy(() -> StagePlan.of(List.of(Stage.hospitalWide("a"), Stage.hospitalWide("b"))))
                .hasMessageContaining("only one stage is hospital-wide");
        assertThatThrownBy(() -> Stage.of("Pilot Ward")).hasMessageContaining("kebab-case");
    }
}
