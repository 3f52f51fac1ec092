package org.itilhis.core.cmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.workflow.IllegalTransitionException;
import org.itilhis.core.workflow.Transition;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle declaration is what an item does: for every status and every step, with the
 * required fields given, an item either refuses the step exactly when {@link
 * CiLifecycle#WORKFLOW} declares none from that status, or ends in the declared target, also
 * when rebuilt from its history. Exhaustive (every status times every action), as {@code
 * TicketWorkflowProperties} is for tickets.
 */
class CiLifecycleProperties {
    private static final StaffId QIAN = StaffId.of("C0001");

    @Test
    void everyStepFromEveryStatusEndsWhereTheDeclarationSaysOrIsRefusedAsItSays() {
        int taken = 0;
        for (CiStatus from : CiStatus.values()) {
            for (CiAction action : CiAction.values()) {
                ConfigurationItem item = itemAt(from, from.ordinal() * 100 + action.ordinal());
                Optional<Transition<CiStatus, CiAction, Object>> declared = CiLifecycle.WORKFLOW.find(from, action);
                if (declared.isEmpty()) {
                    assertThatThrownBy(() -> item.take(action, ConfigurationItemTest.SERVER_ROOM, "a reason", QIAN,
                            ConfigurationItemTest.T0)).as("%s from %s", action, from)
                            .isInstanceOf(IllegalTransitionException.class);
                    assertThat(item.status()).isEqualTo(from);
                    continue;
                }
                item.take(action, ConfigurationItemTest.SERVER_ROOM, "a reason", QIAN, ConfigurationItemTest.T0);
                taken++;
                assertThat(item.status()).as("%s from %s", action, from).isEqualTo(declared.get().to());
            }
        }
        assertThat(taken).as("steps taken").isEqualTo(declaredSteps()).isPositive();
        assertThat(declaredSteps()).as("some steps are refused").isLessThan(
                CiStatus.values().length * CiAction.values().length);
    }

    @Test
    void anItemRebuiltFromItsHistoryEndsInTheSameStatus() {
        for (CiStatus from : CiStatus.values()) {
            for (CiAction action : CiLifecycle.WORKFLOW.allowedActions(from)) {
                ConfigurationItem item = ConfigurationItemTest.server(1000 + from.ordinal() * 100 + action.ordinal(), from);
                item.take(action, ConfigurationItemTest.SERVER_ROOM, "a reason", QIAN, ConfigurationItemTest.T0);

                assertThat(ConfigurationItem.replay(item.pullEvents()).status()).as("%s from %s", action, from)
                        .isEqualTo(item.status());
            }
        }
    }

    /** A server in {@code status}; a disposed item is never registered as such, so it is retired and disposed of. */
    private static ConfigurationItem itemAt(CiStatus status, int n) {
        if (status != CiStatus.DISPOSED) {
            return ConfigurationItemTest.server(n, status);
        }
        ConfigurationItem item = ConfigurationItemTest.server(n, CiStatus.RETIRED);
        item.take(CiAction.DISPOSE, null, "scrapped", QIAN, ConfigurationItemTest.T0);
        return item;
    }

    private static int declaredSteps() {
        int declared = 0;
        for (CiStatus from : CiStatus.values()) {
            declared += CiLifecycle.WORKFLOW.allowedActions(from).size();
        }
        return declared;
    }
}
