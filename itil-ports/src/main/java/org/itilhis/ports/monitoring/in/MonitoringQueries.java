package org.itilhis.ports.monitoring.in;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.shared.Actor;

/** Reading monitoring (permission {@code VIEW_MONITORING}): sources, mapping rules, alerts, rejections. */
public interface MonitoringQueries {
    /** Every source, by code; never a credential. */
    List<AlertSourceView> sources(Actor actor);

    /** @throws AlertSourceNotFoundException if there is no such source */
    AlertSourceView source(Actor actor, String code);

    AlertMappingsView mappings(Actor actor);

    /** The alerts the search lists, newest first. */
    List<AlertView> alerts(Actor actor, AlertSearch search);

    /** @throws AlertNotFoundException if none is recorded at {@code position} */
    AlertView alert(Actor actor, long position);

    /** The rejections below {@code before} (all when empty), newest first, at most {@code limit}. */
    List<RejectionView> rejections(Actor actor, Optional<Long> before, int limit);
}
