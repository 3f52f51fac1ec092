package org.itilhis.core.ticket;

import static org.itilhis.core.ticket.TicketAction.ACCEPT;
import static org.itilhis.core.ticket.TicketAction.ASSIGN;
import static org.itilhis.core.ticket.TicketAction.CANCEL;
import static org.itilhis.core.ticket.TicketAction.CLOSE;
import static org.itilhis.core.ticket.TicketAction.CONFIRM;
import static org.itilhis.core.ticket.TicketAction.ESCALATE;
import static org.itilhis.core.ticket.TicketAction.ESCALATE_TO_LEAD;
import static org.itilhis.core.ticket.TicketAction.HOLD;
import static org.itilhis.core.ticket.TicketAction.REOPEN;
import static org.itilhis.core.ticket.TicketAction.RESOLVE;
import static org.itilhis.core.ticket.TicketAction.RESUME;
import static org.itilhis.core.ticket.TicketAction.START;
import static org.itilhis.core.ticket.TicketAction.UPDATE_CALLER;
import static org.itilhis.core.ticket.TicketStatus.ASSIGNED;
import static org.itilhis.core.ticket.TicketStatus.CANCELLED;
import static org.itilhis.core.ticket.TicketStatus.CLOSED;
import static org.itilhis.core.ticket.TicketStatus.IN_PROGRESS;
import static org.itilhis.core.ticket.TicketStatus.NEW;
import static org.itilhis.core.ticket.TicketStatus.ON_HOLD;
import static org.itilhis.core.ticket.TicketStatus.REOPENED;
import static org.itilhis.core.ticket.TicketStatus.RESOLVED;

import java.util.HashSet;
import java.util.Set;
import org.itilhis.core.workflow.Guard;
import org.itilhis.core.workflow.Workflow;

/**
 * The lifecycles of incidents and service requests, declared as data. Both follow the
 * same ITIL steps today; they are separate declarations so that each can evolve (request
 * approval, for one) without touching the other.
 */
public final class TicketWorkflows {
    public static final String GROUP = "group";
    public static final String TIER = "tier";
    public static final String HOLD_REASON = "holdReason";
    public static final String RESOLUTION_CODE = "resolutionCode";
    public static final String RESOLUTION_NOTE = "resolutionNote";
    public static final String REASON = "reason";
    public static final String MESSAGE = "message";

    /** An engineer is named on the ticket: assigned by a dispatcher or accepted by themselves. */
    public static final Guard<Ticket> ENGINEER_NAMED =
            Guard.of("engineer-named", "an engineer is named on the ticket", t -> t.engineer().isPresent());

    /** Functional escalation has somewhere to go: the vendor is the last tier. */
    public static final Guard<Ticket> BELOW_VENDOR_TIER =
            Guard.of("below-vendor-tier", "the ticket is below the vendor tier", t -> t.tier() != SupportTier.VENDOR);

    public static final Workflow<TicketStatus, TicketAction, Ticket> INCIDENT = declare("incident");
    public static final Workflow<TicketStatus, TicketAction, Ticket> SERVICE_REQUEST = declare("service-request");

    private TicketWorkflows() {
    }

    public static Workflow<TicketStatus, TicketAction, Ticket> of(TicketType type) {
        return switch (type) {
            case INCIDENT -> INCIDENT;
            case SERVICE_REQUEST -> SERVICE_REQUEST;
        };
    }

    /**
     * The names of the fields whose values are given: not null, and not blank for text. Takes
     * names and values in pairs, such as {@code present(GROUP, group, TIER, tier)}; a command
     * hands the result to {@link Workflow#check}, which refuses a step missing a required field.
     */
    static Set<String> present(Object... namesAndValues) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null && !(value instanceof String text && text.isBlank())) {
                names.add((String) namesAndValues[i]);
            }
        }
        return names;
    }

    private static Workflow<TicketStatus, TicketAction, Ticket> declare(String name) {
        return Workflow.<TicketStatus, TicketAction, Ticket>builder(name, TicketStatus.class, TicketAction.class)
                .initial(NEW)
                .terminal(CLOSED, CANCELLED)
                .field(GROUP, "the assignment group that owns the ticket")
                .field(TIER, "the support tier: first line, second line or vendor")
                .field(HOLD_REASON, "why work waits: caller, vendor or change")
                .field(RESOLUTION_CODE, "how the ticket was resolved")
                .field(RESOLUTION_NOTE, "what was done, for the caller and the knowledge base")
                .field(REASON, "why, in the actor's words")
                .field(MESSAGE, "what the caller is told")
                .on(ASSIGN).from(NEW, ASSIGNED, IN_PROGRESS, REOPENED).requires(GROUP, TIER).to(ASSIGNED)
                .on(ACCEPT).from(NEW, ASSIGNED, REOPENED).to(ASSIGNED)
                .on(START).from(ASSIGNED, REOPENED).when(ENGINEER_NAMED).to(IN_PROGRESS)
                .on(HOLD).from(IN_PROGRESS).requires(HOLD_REASON).to(ON_HOLD)
                .on(RESUME).from(ON_HOLD).to(IN_PROGRESS)
                .on(ESCALATE).from(NEW, ASSIGNED, IN_PROGRESS, REOPENED).requires(GROUP, REASON)
                        .when(BELOW_VENDOR_TIER).to(ASSIGNED)
                .on(ESCALATE_TO_LEAD).from(NEW, ASSIGNED, IN_PROGRESS, ON_HOLD, REOPENED).requires(REASON).stay()
                .on(UPDATE_CALLER).from(NEW, ASSIGNED, IN_PROGRESS, ON_HOLD, REOPENED, RESOLVED).requires(MESSAGE)
                        .stay()
                .on(RESOLVE).from(IN_PROGRESS).requires(RESOLUTION_CODE, RESOLUTION_NOTE).when(ENGINEER_NAMED)
                        .to(RESOLVED)
                .on(CONFIRM).from(RESOLVED).to(CLOSED)
                .on(REOPEN).from(RESOLVED).requires(REASON).to(REOPENED)
                .on(CLOSE).from(RESOLVED).to(CLOSED)
                .on(CANCEL).from(NEW, ASSIGNED, IN_PROGRESS, ON_HOLD, REOPENED).requires(REASON).to(CANCELLED)
                .build();
    }
}
