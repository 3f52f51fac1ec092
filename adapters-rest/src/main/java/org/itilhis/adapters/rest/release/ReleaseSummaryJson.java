package org.itilhis.adapters.rest.release;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.itilhis.core.release.ReleaseSnapshot;
import org.itilhis.core.release.ReleaseStatus;
import org.itilhis.ports.release.in.ReleaseView;

/** A release in a list: what it delivers, where it stands and how far it came. */
public record ReleaseSummaryJson(UUID id, String number, ReleaseStatus status, String releaseVersion,
                                 String summary, String manager, int changeCount, List<String> enteredStages,
                                 int deploymentCount, Instant plannedAt, Instant updatedAt, long version) {

    public static ReleaseSummaryJson of(ReleaseView view) {
        ReleaseSnapshot r = view.release();
        return new ReleaseSummaryJson(r.id().value(), r.number().toString(), r.status(), r.releaseVersion().value(),
                r.summary(), r.manager().value(), r.changes().size(),
                r.decisions().stream().filter(d -> d.isGo()).map(d -> d.stage()).toList(), r.deployments().size(),
                r.plannedAt(), r.updatedAt(), r.version());
    }

    /** A page of releases by number, with the cursor of the next page (absent on the last). */
    public record ReleasePageJson(List<ReleaseSummaryJson> items, String next) {
    }
}
