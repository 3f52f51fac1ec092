package org.itilhis.adapters.rest.roster;

import org.itilhis.adapters.rest.common.IfMatch;
import org.itilhis.adapters.rest.problemdetails.ApiException;

/**
 * The {@code If-Match} of a roster, swap or handover step, checked in the order of the API's
 * problems: 428/400 (the header), 404 (the record, as the actor may see it), 412 (a tag that
 * matches no version); the version it names goes to the command, which the core compares with
 * the stored one (412 when it changed).
 */
final class Conditions {
    private Conditions() {
    }

    /**
     * The version {@code ifMatch} expects ({@code null} for {@code *}), once {@code find} found
     * the record.
     *
     * @throws ApiException 428, 400 or 412
     */
    static Long expected(String ifMatch, Runnable find) {
        IfMatch condition = IfMatch.parse(ifMatch);
        find.run();
        if (condition.matchesNothing()) {
            throw ApiException.preconditionFailed();
        }
        return condition.version();
    }

    /** {@code body}, or 400 when the request had none. */
    static <T> T required(T body) {
        if (body == null) {
            throw ApiException.bodyRequired();
        }
        return body;
    }
}
