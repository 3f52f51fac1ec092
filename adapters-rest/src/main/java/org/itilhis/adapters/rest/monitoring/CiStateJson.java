package org.itilhis.adapters.rest.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.monitoring.AlertStanding;
import org.itilhis.ports.monitoring.in.CiStateView;

/** An item not operational now: its state, since when, the alert that put it there and its firing alerts. */
public record CiStateJson(UUID ci, OperationalState state, Instant since, String reference,
                          List<FiringAlertJson> firing) {
    static CiStateJson of(CiStateView view) {
        return new CiStateJson(view.ci().value(), view.state(), view.since(), view.reference(),
                view.firing().stream().map(FiringAlertJson::of).toList());
    }

    /** An alert firing on the item, as its latest counted delivery says. */
    public record FiringAlertJson(String source, String fingerprint, String name, String severity, Instant since,
                                  long position) {
        static FiringAlertJson of(AlertStanding standing) {
            return new FiringAlertJson(standing.source(), standing.fingerprint(), standing.name(),
                    standing.severity().name(), standing.at(), standing.position());
        }
    }

    /** A page of items not operational, by id; {@code next} is the cursor of the next page, absent on the last. */
    public record CiStatesJson(List<CiStateJson> items, UUID next) {
    }
}
