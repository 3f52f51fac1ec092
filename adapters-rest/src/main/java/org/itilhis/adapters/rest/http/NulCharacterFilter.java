package org.itilhis.adapters.rest.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;

/**
 * Refuses a query or path parameter holding the NUL character (U+0000, {@code %00}) with 400
 * naming the parameter, before any resource sees it: no database stores NUL in text
 * (PostgreSQL refuses it outright, which would otherwise surface as a storage failure, 503).
 * JSON bodies are checked by {@link org.itilhis.adapters.rest.common.ApiJson}.
 */
public final class NulCharacterFilter implements ContainerRequestFilter {
    /** The key of the field error: "must not contain the NUL character". */
    public static final String MESSAGE = "field.nul-character";

    @Override
    public void filter(ContainerRequestContext request) {
        check(request.getUriInfo().getQueryParameters());
        check(request.getUriInfo().getPathParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf('\u0000') >= 0
                    || parameter.getValue().stream().anyMatch(value -> value.indexOf('\u0000') >= 0)) {
                throw ApiException.invalid(FieldError.keyed(parameter.getKey().replace("\u0000", ""), MESSAGE));
            }
        }
    }
}
