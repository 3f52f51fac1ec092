package org.itilhis.ports.problem.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.access.Permission;
import org.itilhis.core.access.Scope;
import org.itilhis.core.problem.Problem;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.problem.ProblemNumber;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.problem.in.ProblemNotFoundException;
import org.itilhis.ports.problem.in.ProblemQueries;
import org.itilhis.ports.problem.in.ProblemSearch;
import org.itilhis.ports.problem.in.ProblemView;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * Implements {@link ProblemQueries}: every problem through {@link ProblemVisibility}; a search
 * is narrowed in the store to the problems the reader may see (all of them, or their groups'
 * and those they manage), so a page is never short because of hidden problems.
 */
final class ProblemQueryService implements ProblemQueries {
    private final ProblemPorts ports;
    private final ServiceDeskSettings settings;

    ProblemQueryService(ProblemPorts ports, ServiceDeskSettings settings) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
    }

    @Override
    public ProblemView problem(Actor actor, ProblemId id) {
        return seen(actor, ports.problems().find(checkNotNull(id, "id")))
                .orElseThrow(() -> new ProblemNotFoundException(id));
    }

    @Override
    public Optional<ProblemView> byNumber(Actor actor, ProblemNumber number) {
        return seen(actor, ports.problems().findByNumber(checkNotNull(number, "number")));
    }

    @Override
    public List<ProblemView> search(Actor actor, ProblemSearch search) {
        checkNotNull(search, "search");
        ImmutableSet<GroupId> groups = groupsOf(actor);
        Set<Scope> scopes = settings.access().scopes(actor, Permission.VIEW_PROBLEM);
        if (scopes.isEmpty()) {
            return List.of();
        }
        ProblemSearch narrowed = scopes.contains(Scope.ANY) ? search
                : search.within(new ProblemSearch.Reach(groups, Optional.of(actor.staffId())));
        return views(actor, groups, ports.problems().search(narrowed));
    }

    @Override
    public List<DomainEvent> history(Actor actor, ProblemId id) {
        Problem problem = ports.problems().find(checkNotNull(id, "id"))
                .orElseThrow(() -> new ProblemNotFoundException(id));
        ProblemVisibility visibility = ProblemVisibility.of(settings.access(), actor, problem, groupsOf(actor));
        if (!visibility.seen()) {
            throw new ProblemNotFoundException(id);
        }
        return visibility.history(ports.desk().events().history(id.toString()));
    }

    private List<ProblemView> views(Actor actor, ImmutableSet<GroupId> groups, List<Problem> problems) {
        return problems.stream().map(problem -> {
            ProblemVisibility visibility = ProblemVisibility.of(settings.access(), actor, problem, groups);
            return visibility.seen() ? Optional.of(visibility.view(problem)) : Optional.<ProblemView>empty();
        }).flatMap(Optional::stream).toList();
    }

    private Optional<ProblemView> seen(Actor actor, Optional<Problem> found) {
        checkNotNull(actor, "actor");
        return found.flatMap(problem -> {
            ProblemVisibility visibility = ProblemVisibility.of(settings.access(), actor, problem, groupsOf(actor));
            return visibility.seen() ? Optional.of(visibility.view(problem)) : Optional.empty();
        });
    }

    private ImmutableSet<GroupId> groupsOf(Actor actor) {
        return ports.desk().directory().groupsOf(checkNotNull(actor, "actor").staffId());
    }
}
