package org.itilhis.ports.problem.in;

import java.util.Set;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.TicketView;

/**
 * The desk's first steps with a call, each answered with the published known errors that
 * match it, so that the agent on the phone hears "this is a known error, here is the
 * workaround" (issue 15). Each step is the desk's own use case, unchanged (its validation,
 * permissions and transaction), and the suggestions are read after it committed, as the same
 * actor ({@link KnownErrorSuggestions}, at most {@value #SUGGESTIONS}). The desk knows nothing of
 * problems: this composition is problem management's, like {@link
 * ProblemUseCase#resolveAtFirstContact}.
 *
 * @throws org.itilhis.ports.common.InvalidCommandException for a command that breaks its constraints
 * @throws org.itilhis.core.access.NotPermittedException if the actor may not take the step
 * @throws org.itilhis.ports.servicedesk.in.ContactNotFoundException for an unknown contact
 * @throws org.itilhis.core.workflow.WorkflowException when the contact is past that step
 */
public interface DeskWithKnownErrors {
    /** The most known errors suggested with one step. */
    int SUGGESTIONS = 5;

    /** Logs the contact; the known errors whose words resemble its description. */
    WithKnownErrors<ContactView> logContact(ContactCommand.Log command);

    /**
     * Raises the contact as a ticket; the known errors matching its category, its CI class and
     * its summary and description.
     */
    WithKnownErrors<TicketView> raiseTicket(ContactCommand.RaiseTicket command);

    /**
     * Raises the contact as a ticket against configuration items, as the CMDB does ({@code
     * CmdbUseCase.raiseAgainst}); the known errors matching those items first, then as {@link
     * #raiseTicket}.
     *
     * @throws org.itilhis.ports.configuration.in.CiNotFoundException for an item not in the CMDB
     */
    WithKnownErrors<TicketView> raiseAgainst(ContactCommand.RaiseTicket command, Set<CiId> cis);
}
