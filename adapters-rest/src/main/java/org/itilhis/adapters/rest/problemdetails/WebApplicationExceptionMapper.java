package org.itilhis.adapters.rest.problemdetails;

import com.google.common.collect.ImmutableMap;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Locale;

/**
 * What the Jakarta REST runtime refuses on its own: an unknown path (404), a method the
 * resource lacks (405, keeping {@code Allow}), an {@code Accept} it cannot serve (406), a body
 * in a media type no method consumes (415). Server errors go to {@link FallbackExceptionMapper}.
 */
public final class WebApplicationExceptionMapper extends ProblemResponses
        implements ExceptionMapper<WebApplicationException> {
    private static final ImmutableMap<Integer, String> CODES = ImmutableMap.of(
            404, "request.not-found",
            405, "request.method-not-allowed",
            406, "request.not-acceptable",
            413, "request.too-large",
            415, "request.unsupported-media-type");
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE);

    private final FallbackExceptionMapper fallback;

    public WebApplicationExceptionMapper(FallbackExceptionMapper fallback) {
        this.fallback = fallback;
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original == null ? 500 : original.getStatus();
        if (status >= 500) {
            return fallback.toResponse(exception);
        }
        Locale locale = locale();
        String code = CODES.getOrDefault(status, "request.failed");
        Response.ResponseBuilder response = problem(status, code, ProblemTexts.format(code, locale, ""), null, null);
        for (String header : KEPT_HEADERS) {
            String value = original.getHeaderString(header);
            if (value != null) {
                response.header(header, value);
            }
        }
        return response.build();
    }
}
