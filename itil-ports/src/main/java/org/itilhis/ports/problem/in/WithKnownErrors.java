package org.itilhis.ports.problem.in;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * What a desk step answered (a contact, a ticket) with the known errors that match it, best first.
 *
 * @param <T> the desk's own answer: {@code ContactView} or {@code TicketView}
 */
public record WithKnownErrors<T>(T record, ImmutableList<KnownErrorMatch> knownErrors) {
    public WithKnownErrors {
        checkNotNull(record, "record");
        checkNotNull(knownErrors, "knownErrors");
    }
}
