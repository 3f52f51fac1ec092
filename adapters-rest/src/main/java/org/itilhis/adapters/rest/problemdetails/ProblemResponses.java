package org.itilhis.adapters.rest.problemdetails;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What every exception mapper shares: the request's language and path, and the building of
 * an {@code application/problem+json} response. Subclasses are registered as singletons;
 * Jersey injects thread-safe proxies of the request's headers and URI into the fields.
 */
abstract class ProblemResponses {
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uriInfo;

    @Context
    private Request request;

    @Context
    private HttpServletRequest servletRequest;

    protected Locale locale() {
        try {
            return Languages.of(headers);
        } catch (IllegalStateException outsideRequest) {
            return Locale.ENGLISH;
        }
    }

    protected boolean hasHeader(String name) {
        try {
            return headers != null && headers.getHeaderString(name) != null;
        } catch (IllegalStateException outsideRequest) {
            return false;
        }
    }

    protected Response.ResponseBuilder problem(int status, String code, String detail,
                                               List<ErrorJson.FieldErrorJson> errors, List<String> allowedActions) {
        return problem(status, code, detail, errors, allowedActions, null);
    }

    /** @param members a record whose properties the document carries too, or {@code null} */
    protected Response.ResponseBuilder problem(int status, String code, String detail,
                                               List<ErrorJson.FieldErrorJson> errors, List<String> allowedActions,
                                               Object members) {
        Locale locale = locale();
        ErrorJson body = new ErrorJson(ErrorJson.TYPE_PREFIX + code, ProblemTexts.title(status, locale), status, detail,
                instance(), code, errors == null || errors.isEmpty() ? null : errors, allowedActions);
        return Response.status(status)
                .type(PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, Languages.tag(locale))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .entity(members == null ? body : new ProblemWithMembers(body, members));
    }

    /** One problem document: the standard members and the extension members side by side. */
    record ProblemWithMembers(@JsonUnwrapped ErrorJson problem, @JsonUnwrapped Object members) {
    }

    /** The failed request's method, for the security log. */
    protected String method() {
        try {
            return request == null ? null : request.getMethod();
        } catch (IllegalStateException outsideRequest) {
            return null;
        }
    }

    /**
     * Where the failed request came from, for the security log: the socket's peer, as the
     * actor's origin (no forwarding header trusted, docs/adr/0014).
     */
    protected Optional<String> origin() {
        try {
            return servletRequest == null ? Optional.empty() : Optional.ofNullable(servletRequest.getRemoteAddr());
        } catch (IllegalStateException outsideRequest) {
            return Optional.empty();
        }
    }

    /** The failed request's path, without its query string, for the security log. */
    protected String path() {
        return instance();
    }

    /** The path of the failed request, without its query string (which may carry names). */
    private String instance() {
        try {
            return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        } catch (IllegalStateException outsideRequest) {
            return null;
        }
    }
}
