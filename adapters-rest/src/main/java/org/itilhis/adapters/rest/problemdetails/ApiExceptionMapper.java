package org.itilhis.adapters.rest.problemdetails;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Locale;

/** Problems the adapter raises itself, with their field errors, extension members and headers. */
public final class ApiExceptionMapper extends ProblemResponses implements ExceptionMapper<ApiException> {
    @Override
    public Response toResponse(ApiException exception) {
        Locale locale = locale();
        Response.ResponseBuilder response = problem(exception.status(), exception.code(),
                ProblemTexts.format(exception.code(), locale, exception.arguments().toArray()),
                exception.errors().stream().map(error -> error.in(locale)).toList(), null,
                exception.members().orElse(null));
        exception.headers().forEach(response::header);
        return response.build();
    }
}
