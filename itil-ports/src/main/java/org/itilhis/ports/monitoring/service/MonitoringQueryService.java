package org.itilhis.ports.monitoring.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.access.Permission;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.monitoring.in.AlertMappingsView;
import org.itilhis.ports.monitoring.in.AlertNotFoundException;
import org.itilhis.ports.monitoring.in.AlertSearch;
import org.itilhis.ports.monitoring.in.AlertSourceNotFoundException;
import org.itilhis.ports.monitoring.in.AlertSourceView;
import org.itilhis.ports.monitoring.in.AlertView;
import org.itilhis.ports.monitoring.in.MonitoringQueries;
import org.itilhis.ports.monitoring.in.RejectionView;
import org.itilhis.ports.monitoring.out.StoredAlert;

/** Reads monitoring for people holding {@code VIEW_MONITORING}. */
final class MonitoringQueryService implements MonitoringQueries {
    private final MonitoringPorts ports;
    private final MonitoringAccess access;

    MonitoringQueryService(MonitoringPorts ports, MonitoringAccess access) {
        this.ports = checkNotNull(ports, "ports");
        this.access = checkNotNull(access, "access");
    }

    @Override
    public List<AlertSourceView> sources(Actor actor) {
        access.check(actor, Permission.VIEW_MONITORING, "alert-sources");
        return ports.sources().all().stream().map(AlertSourceView::of).toList();
    }

    @Override
    public AlertSourceView source(Actor actor, String code) {
        access.check(actor, Permission.VIEW_MONITORING, code);
        return ports.sources().find(code).map(AlertSourceView::of)
                .orElseThrow(() -> new AlertSourceNotFoundException(code));
    }

    @Override
    public AlertMappingsView mappings(Actor actor) {
        access.check(actor, Permission.VIEW_MONITORING, "alert-mappings");
        return AlertMappingsView.of(ports.mappings().current());
    }

    @Override
    public List<AlertView> alerts(Actor actor, AlertSearch search) {
        access.check(actor, Permission.VIEW_MONITORING, "alerts");
        return ports.alerts().search(checkNotNull(search, "search")).stream().map(MonitoringQueryService::view)
                .toList();
    }

    @Override
    public AlertView alert(Actor actor, long position) {
        access.check(actor, Permission.VIEW_MONITORING, "alert " + position);
        return ports.alerts().find(position).map(MonitoringQueryService::view)
                .orElseThrow(() -> new AlertNotFoundException(position));
    }

    @Override
    public List<RejectionView> rejections(Actor actor, Optional<Long> before, int limit) {
        access.check(actor, Permission.VIEW_MONITORING, "alert-rejections");
        checkArgument(limit > 0 && limit <= AlertSearch.MAX_LIMIT, "limit %s", limit);
        return ports.rejections().before(before, limit);
    }

    /** The view of a stored alert. */
    static AlertView view(StoredAlert stored) {
        return new AlertView(stored.position(), stored.alert(), stored.ci(), stored.receivedAt());
    }
}
