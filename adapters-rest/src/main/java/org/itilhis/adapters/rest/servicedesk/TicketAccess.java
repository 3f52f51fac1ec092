package org.itilhis.adapters.rest.servicedesk;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;
import java.util.function.BiFunction;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.IfMatch;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketNotFoundException;
import org.itilhis.ports.servicedesk.in.TicketQueries;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.in.TicketWorkUseCase;

/**
 * How a resource of one ticket type reaches its tickets: a ticket of the other type is not
 * found here (an incident's id under {@code /service-requests} is 404), and a step runs in the
 * order 400 (id) - 428/400 ({@code If-Match}) - 404 - 412 - 400 (no body) - the core's own answer.
 */
public final class TicketAccess {
    private final TicketType type;
    private final TicketWorkUseCase work;
    private final TicketQueries queries;

    TicketAccess(TicketType type, TicketWorkUseCase work, TicketQueries queries) {
        this.type = checkNotNull(type, "type");
        this.work = checkNotNull(work, "work");
        this.queries = checkNotNull(queries, "queries");
    }

    /** A ticket of this type by its id or its number ({@code INC-2026-000042}). */
    TicketView find(Actor actor, String reference) {
        TicketView found = findAnyType(queries, actor, reference);
        if (found.type() != type) {
            throw new TicketNotFoundException(reference);
        }
        return found;
    }

    /**
     * Runs one step; {@code step} is {@code null} when the request lacked its body (400, after
     * the other checks); {@code validate} checks the command and the conversion in the reader's
     * language.
     */
    TicketView step(Actor actor, String reference, String ifMatch, TicketStep step,
                    BiFunction<TicketCommand, Fields, TicketCommand> validate) {
        TicketId id = id(reference);
        IfMatch condition = IfMatch.parse(ifMatch);
        find(actor, id.toString());
        if (condition.matchesNothing()) {
            throw ApiException.preconditionFailed();
        }
        if (step == null) {
            throw ApiException.bodyRequired();
        }
        Fields fields = new Fields();
        return work.handle(validate.apply(step.command(actor, id, condition.version(), fields), fields));
    }

    /**
     * A ticket of either type by its id or its number.
     *
     * @throws ApiException (400) if the reference is neither
     * @throws TicketNotFoundException if there is no such ticket or the actor may not see it
     */
    public static TicketView findAnyType(TicketQueries queries, Actor actor, String reference) {
        return isNumber(reference)
                ? queries.byNumber(actor, number(reference)).orElseThrow(() -> new TicketNotFoundException(reference))
                : queries.ticket(actor, id(reference));
    }

    public TicketQueries queries() {
        return queries;
    }

    TicketType type() {
        return type;
    }

    public static TicketId id(String reference) {
        Fields fields = new Fields();
        UUID value = fields.uuid("id", reference);
        if (value == null) {
            throw ApiException.invalid(fields.errors());
        }
        return new TicketId(value);
    }

    private static boolean isNumber(String reference) {
        return reference.length() > 4 && reference.charAt(3) == '-' && Character.isLetter(reference.charAt(0));
    }

    private static TicketNumber number(String reference) {
        try {
            return TicketNumber.parse(reference);
        } catch (IllegalArgumentException invalid) {
            throw ApiException.invalid(FieldError.keyed("id", "field.invalid-ticket-number"));
        }
    }
}
