package org.itilhis.adapters.rest.problemdetails;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of an error response: an RFC 9457 problem details object with the extension
 * members {@code code} (the stable code of the broken rule), {@code errors} (one entry per
 * invalid field) and {@code allowedActions} (for a refused workflow step). Not to be confused
 * with an ITIL problem record.
 *
 * @param type           a URI naming the kind of problem: {@code urn:itilhis:problem:<code>}
 * @param title          a short summary of the status, in the reader's language
 * @param detail         what went wrong in this occurrence, in the reader's language
 * @param instance       the path of the request that failed
 * @param allowedActions the workflow actions allowed now, as path segments ({@code escalate-to-lead})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorJson(String type, String title, int status, String detail, String instance, String code,
                        List<FieldErrorJson> errors, List<String> allowedActions) {
    public static final String TYPE_PREFIX = "urn:itilhis:problem:";

    /** One invalid field of the request: its name as sent, and why, in the reader's language. */
    public record FieldErrorJson(String field, String message) {
    }
}
