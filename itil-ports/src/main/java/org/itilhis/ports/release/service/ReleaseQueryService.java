package org.itilhis.ports.release.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.Permission;
import org.itilhis.core.release.Release;
import org.itilhis.core.release.ReleaseId;
import org.itilhis.core.release.ReleaseNumber;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.ports.release.in.ReleaseNotFoundException;
import org.itilhis.ports.release.in.ReleaseQueries;
import org.itilhis.ports.release.in.ReleaseSearch;
import org.itilhis.ports.release.in.ReleaseView;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/** Implements {@link ReleaseQueries}: every release for a reader with {@code VIEW_RELEASE}, none for anyone else. */
final class ReleaseQueryService implements ReleaseQueries {
    private final ReleasePorts ports;
    private final ServiceDeskSettings settings;

    ReleaseQueryService(ReleasePorts ports, ServiceDeskSettings settings) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
    }

    @Override
    public ReleaseView release(Actor actor, ReleaseId id) {
        checkNotNull(id, "id");
        return seen(actor, ports.releases().find(id)).orElseThrow(() -> new ReleaseNotFoundException(id));
    }

    @Override
    public Optional<ReleaseView> byNumber(Actor actor, ReleaseNumber number) {
        return seen(actor, ports.releases().findByNumber(checkNotNull(number, "number")));
    }

    @Override
    public List<ReleaseView> search(Actor actor, ReleaseSearch search) {
        checkNotNull(search, "search");
        if (!mayView(actor)) {
            return List.of();
        }
        return ports.releases().search(search).stream().map(ReleaseView::of).toList();
    }

    @Override
    public List<DomainEvent> history(Actor actor, ReleaseId id) {
        release(actor, id);
        return ports.desk().events().history(id.toString());
    }

    private Optional<ReleaseView> seen(Actor actor, Optional<Release> found) {
        return mayView(actor) ? found.map(ReleaseView::of) : Optional.empty();
    }

    private boolean mayView(Actor actor) {
        checkNotNull(actor, "actor");
        return settings.access().permits(actor, Permission.VIEW_RELEASE,
                AccessContext.general(ports.desk().directory().groupsOf(actor.staffId())));
    }
}
