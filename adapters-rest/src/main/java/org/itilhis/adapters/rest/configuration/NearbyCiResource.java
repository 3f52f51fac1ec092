package org.itilhis.adapters.rest.configuration;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.core.shared.ContactId;
import org.itilhis.ports.configuration.in.CmdbQueries;

/**
 * {@code /api/v1/contacts/{id}/nearby-cis}: the configuration items around the caller of a
 * contact, for the service desk to find the one the call is about: those at the contact's
 * location ({@code building/floor/room} or {@code campus/building/floor/room}), or, when the
 * contact gives none, those of the caller's department; by asset tag, at most {@code limit}
 * (default 50, at most 500). Needs VIEW_CMDB (403); a contact the actor may not see is 404.
 * Served with the other CMDB resources.
 */
@Singleton
@Path(ApiPaths.CONTACTS + "/{id}/nearby-cis")
@Produces(MediaType.APPLICATION_JSON)
public final class NearbyCiResource extends ResourceSupport {
    private final CmdbQueries queries;

    public NearbyCiResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), CmdbResources.of(configuration));
    }

    NearbyCiResource(Resources.Dependencies ports, CmdbResources.Ports cmdb) {
        super(ports.validation());
        this.queries = checkNotNull(cmdb.queries(), "queries");
    }

    @GET
    public CiJson.CiListJson nearCaller(@PathParam("id") String id, @QueryParam("limit") String limit) {
        Fields fields = new Fields();
        UUID contact = fields.uuid("id", id);
        int size = CiSearchParams.limit(limit, fields);
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        return new CiJson.CiListJson(queries.nearCaller(actor(), new ContactId(contact), size).stream()
                .map(CiJson::of).toList());
    }
}
