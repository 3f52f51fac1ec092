package org.itilhis.testkit.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.itilhis.core.contact.Contact;
import org.itilhis.core.ticket.TicketWorkflows;
import org.itilhis.core.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every workflow the library declares passes the checker; new ones join {@link DeclaredWorkflows}. */
class DeclaredWorkflowsTest {

    static Stream<Workflow<?, ?, ?>> declaredWorkflows() {
        return DeclaredWorkflows.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declaredWorkflows")
    void everyDeclaredWorkflowIsSound(Workflow<?, ?, ?> workflow) {
        WorkflowChecker.check(workflow).assertSound();
    }

    @Test
    void theListHoldsTheTicketAndContactWorkflowsUnderUniqueNames() {
        assertThat(DeclaredWorkflows.all()).contains(TicketWorkflows.INCIDENT, TicketWorkflows.SERVICE_REQUEST,
                Contact.WORKFLOW);
        assertThat(DeclaredWorkflows.all()).extracting(Workflow::name).doesNotHaveDuplicates();
    }
}
