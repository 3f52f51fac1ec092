package org.itilhis.adapters.rest.common;

import org.itilhis.adapters.rest.problemdetails.ApiException;

/**
 * The {@code If-Match} of a step on a record (a roster, swap or handover; an inspection template,
 * schedule or round), checked in the order of the API's problems: 428/400 (the header), 404 (the
 * record, as the actor may see it), 412 (a tag that matches no version); the version it names
 * goes to the command, which the core compares with the stored one (412 when it changed).
 */
public final class Conditions {
    private Conditions() {
    }

    /**
     * The version {@code ifMatch} expects ({@code null} for {@code *}), once {@code find} found
     * the record.
     *
     * @throws ApiException 428, 400 or 412
     */
    public static Long expected(String ifMatch, Runnable find) {
        IfMatch condition = IfMatch.parse(ifMatch);
        find.run();
        if (condition.matchesNothing()) {
            throw ApiException.preconditionFailed();
        }
        return condition.version();
    }

    /** {@code body}, or 400 when the request had none. */
    public static <T> T required(T body) {
        if (body == null) {
            throw ApiException.bodyRequired();
        }
        return body;
    }
}
