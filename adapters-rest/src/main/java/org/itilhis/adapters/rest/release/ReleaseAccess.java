package org.itilhis.adapters.rest.release;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;
import java.util.function.BiFunction;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.IfMatch;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.core.release.ReleaseId;
import org.itilhis.core.release.ReleaseNumber;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.release.in.ReleaseCommand;
import org.itilhis.ports.release.in.ReleaseNotFoundException;
import org.itilhis.ports.release.in.ReleaseQueries;
import org.itilhis.ports.release.in.ReleaseUseCase;
import org.itilhis.ports.release.in.ReleaseView;

/**
 * How the resources reach a release: by its id or its number ({@code REL-2026-000001}), only as
 * the actor may see it (a release they may not see is 404, as one that does not exist); a step
 * runs in the problems' order: 400 (id) - 428/400 ({@code If-Match}) - 404 - 412 - 400 (no body)
 * - the core's own answer.
 */
final class ReleaseAccess {
    private final ReleaseUseCase releases;
    private final ReleaseQueries queries;

    ReleaseAccess(ReleaseUseCase releases, ReleaseQueries queries) {
        this.releases = checkNotNull(releases, "releases");
        this.queries = checkNotNull(queries, "queries");
    }

    /**
     * A release by its id or number.
     *
     * @throws ApiException (400) if the reference is neither
     * @throws ReleaseNotFoundException if there is no such release or the actor may not see it
     */
    ReleaseView find(Actor actor, String reference) {
        return isNumber(reference)
                ? queries.byNumber(actor, number(reference)).orElseThrow(() -> new ReleaseNotFoundException(reference))
                : queries.release(actor, id(reference));
    }

    /**
     * Runs one step; {@code step} is {@code null} when the request lacked its body (400, after
     * the other checks); {@code validate} checks the command and the conversion in the reader's
     * language.
     */
    ReleaseView step(Actor actor, String reference, String ifMatch, ReleaseStep step,
                     BiFunction<ReleaseCommand, Fields, ReleaseCommand> validate) {
        ReleaseId id = id(reference);
        IfMatch condition = IfMatch.parse(ifMatch);
        queries.release(actor, id);
        if (condition.matchesNothing()) {
            throw ApiException.preconditionFailed();
        }
        if (step == null) {
            throw ApiException.bodyRequired();
        }
        Fields fields = new Fields();
        return releases.handle(validate.apply(step.command(actor, id, condition.version(), fields), fields));
    }

    ReleaseQueries queries() {
        return queries;
    }

    /** @throws ApiException (400) naming {@code id} unless {@code reference} is a release's id */
    static ReleaseId id(String reference) {
        Fields fields = new Fields();
        UUID value = fields.uuid("id", reference);
        if (value == null) {
            throw ApiException.invalid(fields.errors());
        }
        return new ReleaseId(value);
    }

    private static boolean isNumber(String reference) {
        return reference.regionMatches(true, 0, ReleaseNumber.PREFIX + "-", 0, ReleaseNumber.PREFIX.length() + 1);
    }

    private static ReleaseNumber number(String reference) {
        try {
            return ReleaseNumber.parse(reference);
        } catch (IllegalArgumentException invalid) {
            throw ApiException.invalid(FieldError.keyed("id", "field.invalid-release-number"));
        }
    }
}
