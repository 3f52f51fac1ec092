package org.itilhis.adapters.rest.common;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.itilhis.adapters.rest.auth.PublicEndpoint;

/**
 * {@code GET /api/v1/openapi.json}: the OpenAPI 3.1 description of this API, maintained by hand
 * beside this class; {@code OpenApiDocumentTest} checks it against the resource methods.
 */
@Singleton
@Path(ApiPaths.OPENAPI)
@Produces(MediaType.APPLICATION_JSON)
public final class OpenApiResource {
    /** Where the document lives on the class path. */
    public static final String DOCUMENT = "/org/itilhis/adapters/rest/resource/openapi.json";

    private final String document = load();

    @GET
    @PublicEndpoint
    public String openApi() {
        return document;
    }

    private static String load() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DOCUMENT);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
