package org.itilhis.adapters.rest.change;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.itilhis.adapters.rest.change.ChangeConfigurationJson.CabAgendaItemJson;
import org.itilhis.adapters.rest.change.ChangeConfigurationJson.CabAgendaJson;
import org.itilhis.adapters.rest.change.ChangeConfigurationJson.CabBoardJson;
import org.itilhis.adapters.rest.change.ChangeConfigurationJson.CabBoardsJson;
import org.itilhis.adapters.rest.change.ChangeConfigurationJson.DefineBoardJson;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.core.change.CabId;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.change.in.CabAgenda;
import org.itilhis.ports.change.in.ChangeAdvisoryBoardNotFoundException;
import org.itilhis.ports.change.in.ChangeConfigurationCommand;

/**
 * {@code /api/v1/cab}: the change advisory boards, read by whoever sees changes; {@code PUT
 * /{board}} defines or replaces one (the change manager); {@code /{board}/agenda} the changes
 * due at its next meeting.
 */
@Singleton
@Path(ApiPaths.V1 + "/cab")
@Produces(MediaType.APPLICATION_JSON)
public final class CabResource extends ResourceSupport {
    private final ChangeResources.Ports ports;

    public CabResource(@Context Configuration configuration) {
        super(Resources.dependencies(configuration).validation());
        this.ports = ChangeResources.of(configuration);
    }

    @GET
    public CabBoardsJson list() {
        return new CabBoardsJson(ports.queries().boards(actor()).stream().map(CabBoardJson::of).toList());
    }

    @GET
    @Path("{board}")
    public CabBoardJson get(@PathParam("board") String board) {
        return ports.queries().boards(actor()).stream().filter(b -> b.id().value().equals(board)).findFirst()
                .map(CabBoardJson::of).orElseThrow(() -> new ChangeAdvisoryBoardNotFoundException(board));
    }

    @PUT
    @Path("{board}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CabBoardJson define(@PathParam("board") String board, DefineBoardJson body) {
        Actor actor = actor();
        DefineBoardJson json = body(body);
        Fields fields = new Fields();
        ChangeConfigurationCommand.DefineBoard command = new ChangeConfigurationCommand.DefineBoard(actor,
                fields.id("board", board, CabId::of), json.name(), Boolean.TRUE.equals(json.emergency()),
                json.memberSeats(fields));
        return CabBoardJson.of(ports.configuration().defineBoard(valid(command, fields)));
    }

    @GET
    @Path("{board}/agenda")
    public CabAgendaJson agenda(@PathParam("board") String board) {
        Fields fields = new Fields();
        CabId id = fields.id("board", board, CabId::of);
        CabAgenda agenda = ports.queries().agenda(actor(), valid(id, fields));
        return new CabAgendaJson(agenda.board().value(), agenda.name(), agenda.items().stream()
                .map(item -> new CabAgendaItemJson(ChangeJson.of(item.change()), item.submittedAt(),
                        item.approvalRequestedAt())).toList());
    }
}
