package org.itilhis.ports.monitoring.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.monitoring.AlertStanding;
import org.itilhis.ports.monitoring.in.ObservedOutage;

/**
 * The items' running state as the alerts say: where each alert (source, fingerprint) stands,
 * each item's current state if it is not operational, and the history of its states as periods
 * (which availability reads as outages). Written by the correlator only, one node at a time.
 * {@code org.itilhis.testkit.contract.CiStatesContract} checks an implementation.
 */
public interface CiStates {
    /** Where the alert stands, or empty when no delivery of it counted yet. */
    Optional<AlertStanding> standing(String source, String fingerprint);

    /** Stores the alert's new standing, replacing the one before. */
    void stand(AlertStanding standing);

    /** The alerts firing on the item, by source and fingerprint. */
    List<AlertStanding> firingOn(CiId ci);

    /** The item's current state; empty when operational. */
    Optional<CiStateNow> current(CiId ci);

    /**
     * The item's state becomes {@code state} at {@code at} because of {@code reference}: its open
     * period (if any) ends at {@code at} and, unless operational, a new one begins there.
     */
    void change(CiId ci, OperationalState state, Instant at, String reference);

    /** The items not operational now, ordered by id, after {@code after} when given, at most {@code limit}. */
    List<CiStateNow> notOperational(Optional<CiId> after, int limit);

    /**
     * The periods of {@code cis} (of every item when empty) in which they were down or degraded
     * and which overlap {@code [from, to)}, by item, then start; an open one has no end.
     */
    List<ObservedOutage> periods(Set<CiId> cis, Instant from, Instant to);
}
