package org.itilhis.adapters.rest.change;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.IfMatch;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.change.in.ChangeCommand;
import org.itilhis.ports.change.in.ChangeNotFoundException;
import org.itilhis.ports.change.in.ChangeQueries;
import org.itilhis.ports.change.in.ChangeUseCase;
import org.itilhis.ports.change.in.ChangeView;

/**
 * How the resources reach a change: by its id or its number ({@code CHG-2026-000001}), only as
 * the actor may see it (a change they may not see is 404, as one that does not exist); a step
 * runs in the tickets' order: 400 (id) - 428/400 ({@code If-Match}) - 404 - 412 - 400 (no body)
 * - the core's own answer.
 */
final class ChangeAccess {
    private final ChangeUseCase changes;
    private final ChangeQueries queries;

    ChangeAccess(ChangeUseCase changes, ChangeQueries queries) {
        this.changes = checkNotNull(changes, "changes");
        this.queries = checkNotNull(queries, "queries");
    }

    /**
     * A change by its id or number.
     *
     * @throws ApiException (400) if the reference is neither
     * @throws ChangeNotFoundException if there is no such change or the actor may not see it
     */
    ChangeView find(Actor actor, String reference) {
        if (reference.regionMatches(true, 0, ChangeNumber.PREFIX + "-", 0, ChangeNumber.PREFIX.length() + 1)) {
            ChangeNumber number;
            try {
                number = ChangeNumber.parse(reference);
            } catch (IllegalArgumentException invalid) {
                throw ApiException.invalid(FieldError.keyed("id", "field.invalid-change-number"));
            }
            return queries.byNumber(actor, number).orElseThrow(() -> new ChangeNotFoundException(reference));
        }
        return queries.change(actor, id(reference));
    }

    /** Runs one step; {@code step} is {@code null} when the request lacked its body (400, after the other checks). */
    ChangeView step(Actor actor, String reference, String ifMatch, ChangeStep step, Validation validate) {
        ChangeId id = id(reference);
        IfMatch condition = IfMatch.parse(ifMatch);
        queries.change(actor, id);
        if (condition.matchesNothing()) {
            throw ApiException.preconditionFailed();
        }
        if (step == null) {
            throw ApiException.bodyRequired();
        }
        Fields fields = new Fields();
        return changes.handle(validate.valid(step.command(actor, id, condition.version(), fields), fields));
    }

    ChangeQueries queries() {
        return queries;
    }

    /** @throws ApiException (400) naming {@code id} unless {@code reference} is a change's id */
    static ChangeId id(String reference) {
        Fields fields = new Fields();
        UUID value = fields.uuid("id", reference);
        if (value == null) {
            throw ApiException.invalid(fields.errors());
        }
        return new ChangeId(value);
    }

    /** The resource's validation of a command with what could not be converted. */
    @FunctionalInterface
    interface Validation {
        ChangeCommand valid(ChangeCommand command, Fields fields);
    }
}
