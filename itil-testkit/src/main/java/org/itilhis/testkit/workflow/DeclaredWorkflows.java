package org.itilhis.testkit.workflow;

import com.google.common.collect.ImmutableList;
import org.itilhis.core.change.ChangeWorkflows;
import org.itilhis.core.cmdb.CiLifecycle;
import org.itilhis.core.contact.Contact;
import org.itilhis.core.knowledge.ArticleWorkflows;
import org.itilhis.core.problem.ProblemWorkflows;
import org.itilhis.core.release.ReleaseWorkflows;
import org.itilhis.core.repair.RepairWorkflows;
import org.itilhis.core.roster.SwapWorkflows;
import org.itilhis.core.ticket.TicketWorkflows;
import org.itilhis.core.workflow.Workflow;

/**
 * Every workflow the library declares, in one list, so that checks over "all workflows"
 * (soundness, diagrams in the README, property runs) pick up a new one by a single line
 * here; {@code DeclaredWorkflowsTest} fails while core declares one that is not listed.
 */
public final class DeclaredWorkflows {
    private static final ImmutableList<Workflow<?, ?, ?>> ALL = ImmutableList.of(
            TicketWorkflows.INCIDENT,
            TicketWorkflows.SERVICE_REQUEST,
            Contact.WORKFLOW,
            CiLifecycle.WORKFLOW,
            ProblemWorkflows.PROBLEM,
            ArticleWorkflows.ARTICLE,
            ChangeWorkflows.CHANGE,
            ReleaseWorkflows.RELEASE,
            SwapWorkflows.SWAP,
            RepairWorkflows.REPAIR);

    private DeclaredWorkflows() {
    }

    /** The declared workflows, tickets first; their names are unique. */
    public static ImmutableList<Workflow<?, ?, ?>> all() {
        return ALL;
    }
}
