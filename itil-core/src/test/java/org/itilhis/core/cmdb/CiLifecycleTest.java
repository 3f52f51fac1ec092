package org.itilhis.core.cmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import org.itilhis.core.workflow.IllegalTransitionException;
import org.itilhis.core.workflow.MissingRequiredFieldException;
import org.junit.jupiter.api.Test;

class CiLifecycleTest {
    private static final Object ITEM = new Object();

    private static CiStatus after(CiStatus from, CiAction action, String... fields) {
        return CiLifecycle.WORKFLOW.check(from, action, ITEM, Set.of(fields)).to();
    }

    @Test
    void aWorkstationGoesFromOrderToDisposalThroughUseAndRepair() {
        CiStatus status = after(CiStatus.ORDERED, CiAction.RECEIVE);
        status = after(status, CiAction.DEPLOY, CiLifecycle.LOCATION);
        status = after(status, CiAction.SEND_TO_REPAIR, CiLifecycle.REASON);
        status = after(status, CiAction.RETURN_FROM_REPAIR);
        status = after(status, CiAction.RETIRE, CiLifecycle.REASON);

        assertThat(status).isEqualTo(CiStatus.RETIRED);
        assertThat(after(status, CiAction.DISPOSE, CiLifecycle.DISPOSAL)).isEqualTo(CiStatus.DISPOSED);
    }

    @Test
    void aDisposedItemTakesNoFurtherStep() {
        assertThat(CiLifecycle.WORKFLOW.allowedActions(CiStatus.DISPOSED)).isEmpty();
    }

    @Test
    void onlyARetiredItemCanBeDisposedOfAndTheRefusalNamesTheAllowedSteps() {
        assertThatThrownBy(() -> after(CiStatus.IN_USE, CiAction.DISPOSE, CiLifecycle.DISPOSAL))
                .isInstanceOf(IllegalTransitionException.class)
                .satisfies(e -> assertThat(((IllegalTransitionException) e).messageIn(Locale.SIMPLIFIED_CHINESE))
                        .contains("在用", "处置", "送修"));
    }

    @Test
    void deployingNeedsALocationAndRetiringAReason() {
        assertThatThrownBy(() -> after(CiStatus.IN_STOCK, CiAction.DEPLOY))
                .isInstanceOf(MissingRequiredFieldException.class).hasMessageContaining(CiLifecycle.LOCATION);
        assertThatThrownBy(() -> after(CiStatus.IN_USE, CiAction.RETIRE))
                .isInstanceOf(MissingRequiredFieldException.class).hasMessageContaining(CiLifecycle.REASON);
    }

    @Test
    void theLifecycleDrawsItselfForTheReadme() {
        assertThat(CiLifecycle.WORKFLOW.toMermaid()).contains("ORDERED --> IN_STOCK", "RETIRED --> DISPOSED");
    }
}
