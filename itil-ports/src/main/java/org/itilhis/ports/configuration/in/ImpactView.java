package org.itilhis.ports.configuration.in;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Collections;
import java.util.Map;
import org.itilhis.core.cmdb.CiDetails;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.ImpactReport;

/**
 * The answer to "what breaks if these fail": the {@link ImpactReport} (affected items with
 * state and explaining path, business services, clinical-critical services, departments),
 * the details of every item it names, and the open tickets already recorded against the
 * affected items, so the desk links a new call to a running incident instead of raising another.
 */
public record ImpactView(ImpactReport report, Map<CiId, CiDetails> details,
                         ImmutableList<OpenTicket> openTickets) {
    /**
     * The details are taken as given, not copied: for the whole estate they are a read-only view
     * over the graph's immutable details, limited to the affected items.
     */
    public ImpactView {
        checkNotNull(report, "report");
        details = details instanceof ImmutableMap<CiId, CiDetails> ? details : Collections.unmodifiableMap(checkNotNull(details, "details"));
        openTickets = ImmutableList.copyOf(openTickets);
    }
}
