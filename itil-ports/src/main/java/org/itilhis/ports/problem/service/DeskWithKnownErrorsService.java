package org.itilhis.ports.problem.service;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.configuration.in.CmdbUseCase;
import org.itilhis.ports.problem.in.DeskWithKnownErrors;
import org.itilhis.ports.problem.in.KnownErrorMatch;
import org.itilhis.ports.problem.in.KnownErrorQuery;
import org.itilhis.ports.problem.in.KnownErrorSuggestions;
import org.itilhis.ports.problem.in.WithKnownErrors;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.ServiceDeskUseCase;
import org.itilhis.ports.servicedesk.in.TicketView;

/**
 * Implements {@link DeskWithKnownErrors}: the desk's (or the CMDB's) own use case takes the
 * step and commits, then the suggestions are read from what it answered, as the same actor.
 */
final class DeskWithKnownErrorsService implements DeskWithKnownErrors {
    private final ServiceDeskUseCase desk;
    private final Optional<CmdbUseCase> cmdb;
    private final KnownErrorSuggestions suggestions;

    DeskWithKnownErrorsService(ServiceDeskUseCase desk, Optional<CmdbUseCase> cmdb, KnownErrorSuggestions suggestions) {
        this.desk = checkNotNull(desk, "desk");
        this.cmdb = checkNotNull(cmdb, "cmdb");
        this.suggestions = checkNotNull(suggestions, "suggestions");
    }

    @Override
    public WithKnownErrors<ContactView> logContact(ContactCommand.Log command) {
        ContactView contact = desk.logContact(command);
        return new WithKnownErrors<>(contact, suggest(command.actor(),
                KnownErrorQuery.text(contact.details().description())));
    }

    @Override
    public WithKnownErrors<TicketView> raiseTicket(ContactCommand.RaiseTicket command) {
        return withSuggestions(command.actor(), desk.raiseTicket(command), Set.of());
    }

    @Override
    public WithKnownErrors<TicketView> raiseAgainst(ContactCommand.RaiseTicket command, Set<CiId> cis) {
        checkState(cmdb.isPresent(), "problem management was wired without the CMDB's use cases: "
                + "ProblemManagement.create(..., cmdb, index) raises against items");
        TicketView ticket = cmdb.get().raiseAgainst(command, cis);
        return withSuggestions(command.actor(), ticket, cis);
    }

    private WithKnownErrors<TicketView> withSuggestions(Actor actor, TicketView ticket, Set<CiId> cis) {
        String text = ticket.details().summary() + "\n" + ticket.details().description();
        return new WithKnownErrors<>(ticket, suggest(actor, KnownErrorQuery.of(cis,
                ticket.details().ciClass().orElse(null), ticket.details().category().value(), text)));
    }

    private ImmutableList<KnownErrorMatch> suggest(Actor actor, KnownErrorQuery query) {
        return ImmutableList.copyOf(suggestions.suggest(actor, query, SUGGESTIONS));
    }
}
