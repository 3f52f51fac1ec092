package org.itilhis.adapters.rest.problem;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;
import java.util.function.BiFunction;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.IfMatch;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.problem.ProblemNumber;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.problem.in.ProblemCommand;
import org.itilhis.ports.problem.in.ProblemNotFoundException;
import org.itilhis.ports.problem.in.ProblemQueries;
import org.itilhis.ports.problem.in.ProblemUseCase;
import org.itilhis.ports.problem.in.ProblemView;

/**
 * How the resources reach a problem: by its id or its number ({@code PRB-2026-000001}), only
 * as the actor may see it (a problem they may not see is 404, as one that does not exist); a
 * step runs in the tickets' order: 400 (id) - 428/400 ({@code If-Match}) - 404 - 412 - 400 (no
 * body) - the core's own answer.
 */
final class ProblemAccess {
    private final ProblemUseCase problems;
    private final ProblemQueries queries;

    ProblemAccess(ProblemUseCase problems, ProblemQueries queries) {
        this.problems = checkNotNull(problems, "problems");
        this.queries = checkNotNull(queries, "queries");
    }

    /**
     * A problem by its id or number.
     *
     * @throws ApiException (400) if the reference is neither
     * @throws ProblemNotFoundException if there is no such problem or the actor may not see it
     */
    ProblemView find(Actor actor, String reference) {
        return find(actor, "id", reference);
    }

    /** Like {@link #find(Actor, String)} for a reference sent as {@code field}, which a 400 names. */
    ProblemView find(Actor actor, String field, String reference) {
        return isNumber(reference)
                ? queries.byNumber(actor, number(field, reference))
                        .orElseThrow(() -> new ProblemNotFoundException(reference))
                : queries.problem(actor, id(field, reference));
    }

    /**
     * Runs one step; {@code step} is {@code null} when the request lacked its body (400, after
     * the other checks); {@code validate} checks the command and the conversion in the reader's
     * language.
     */
    ProblemView step(Actor actor, String reference, String ifMatch, ProblemStep step,
                     BiFunction<ProblemCommand, Fields, ProblemCommand> validate) {
        ProblemId id = id(reference);
        IfMatch condition = IfMatch.parse(ifMatch);
        queries.problem(actor, id);
        if (condition.matchesNothing()) {
            throw ApiException.preconditionFailed();
        }
        if (step == null) {
            throw ApiException.bodyRequired();
        }
        Fields fields = new Fields();
        return problems.handle(validate.apply(step.command(actor, id, condition.version(), fields), fields));
    }

    ProblemQueries queries() {
        return queries;
    }

    /** @throws ApiException (400) naming {@code id} unless {@code reference} is a problem's id */
    static ProblemId id(String reference) {
        return id("id", reference);
    }

    private static ProblemId id(String field, String reference) {
        Fields fields = new Fields();
        UUID value = fields.uuid(field, reference);
        if (value == null) {
            throw ApiException.invalid(fields.errors());
        }
        return new ProblemId(value);
    }

    private static boolean isNumber(String reference) {
        return reference.regionMatches(true, 0, ProblemNumber.PREFIX + "-", 0, ProblemNumber.PREFIX.length() + 1);
    }

    private static ProblemNumber number(String field, String reference) {
        try {
            return ProblemNumber.parse(reference);
        } catch (IllegalArgumentException invalid) {
            throw ApiException.invalid(FieldError.keyed(field, "field.invalid-problem-number"));
        }
    }
}
