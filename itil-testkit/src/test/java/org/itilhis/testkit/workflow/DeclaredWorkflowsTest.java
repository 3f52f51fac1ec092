package org.itilhis.testkit.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
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

    /** So that a practice's new workflow cannot be left out of the README's diagrams and the soundness check. */
    @Test
    void theListHoldsEveryWorkflowTheCoreDeclares() throws IllegalAccessException {
        List<Workflow<?, ?, ?>> declared = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().importPackages("org.itilhis.core")) {
            for (JavaField field : type.getFields()) {
                if (field.getModifiers().contains(JavaModifier.STATIC)
                        && field.getRawType().isEquivalentTo(Workflow.class)) {
                    Field reflected = field.reflect();
                    reflected.setAccessible(true);
                    declared.add((Workflow<?, ?, ?>) reflected.get(null));
                }
            }
        }

        assertThat(declared).isNotEmpty();
        assertThat(DeclaredWorkflows.all()).containsAll(declared);
    }
}
