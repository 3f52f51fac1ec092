package org.itilhis.core.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.core.repair.RepairFixture.ENGINEER_LIU;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.itilhis.core.workflow.Transition;

/**
 * Every (state, action) the repair workflow declares, taken on a repair brought to that state,
 * ends in the declared target and records one event; every undeclared one is refused with the
 * repair unchanged.
 */
class RepairWorkflowProperties {
    private final RepairFixture fixture = new RepairFixture();

    @Property(tries = 100)
    void everyDeclaredStepEndsInItsDeclaredTarget(
            @ForAll("declaredSteps") Transition<RepairStatus, RepairAction, Repair> step) {
        Repair repair = in(step.from());
        long version = repair.version();

        take(repair, step.action());

        assertThat(repair.status()).isEqualTo(step.to());
        assertThat(repair.pullEvents()).hasSize(1);
        assertThat(repair.version()).isEqualTo(version + 1);
    }

    @Property(tries = 100)
    void everyUndeclaredStepIsRefusedAndChangesNothing(@ForAll RepairStatus status, @ForAll RepairAction action) {
        if (RepairWorkflows.REPAIR.find(status, action).isPresent()) {
            return;
        }
        Repair repair = in(status);
        RepairSnapshot before = repair.snapshot();

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> take(repair, action)))
                .isInstanceOf(org.itilhis.core.workflow.IllegalTransitionException.class);
        assertThat(repair.snapshot()).isEqualTo(before);
    }

    @Provide
    Arbitrary<Transition<RepairStatus, RepairAction, Repair>> declaredSteps() {
        return Arbitraries.of(RepairWorkflows.REPAIR.transitions());
    }

    private Repair in(RepairStatus status) {
        Repair r = fixture.opened();
        switch (status) {
            case OPENED -> { }
            case IN_REPAIR -> take(r, RepairAction.SEND_TO_REPAIR);
            case RETURNED -> {
                take(r, RepairAction.SEND_TO_REPAIR);
                take(r, RepairAction.RETURN_FROM_REPAIR);
            }
            case CLOSED -> {
                take(r, RepairAction.SEND_TO_REPAIR);
                take(r, RepairAction.RETURN_FROM_REPAIR);
                take(r, RepairAction.CLOSE);
            }
            case CANCELLED -> take(r, RepairAction.CANCEL);
        }
        r.pullEvents();
        return r;
    }

    private void take(Repair r, RepairAction action) {
        switch (action) {
            case SEND_TO_REPAIR -> r.sendToRepair("厂家", ENGINEER_LIU, fixture.tick());
            case RETURN_FROM_REPAIR -> r.returnFromRepair(null, null, ENGINEER_LIU, fixture.tick());
            case RECORD_COST -> r.recordCost(Money.yuan("300"), ENGINEER_LIU, fixture.tick());
            case USE_PARTS -> r.useParts("HDD-1TB", "库房", 1, ENGINEER_LIU, fixture.tick());
            case CLOSE -> r.close(ENGINEER_LIU, fixture.tick());
            case CANCEL -> r.cancel("未发现故障", ENGINEER_LIU, fixture.tick());
        }
    }
}
