package org.itilhis.ports.servicedesk.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;

/**
 * One person of an on-call chain paged for a ticket: the desk gave a new clinical-critical
 * ticket to the engineer on call ({@code position} 0), or passed it on to the next person of
 * the chain when the one before had not accepted it by their page's {@code deadline}. A page
 * is open until it is {@link Settled settled}: the ticket was accepted, someone else took it
 * over or it was resolved, closed or cancelled meanwhile, or it was passed on (to the next
 * person, or at the end of the chain to the group's lead). A ticket has at most one page per
 * position, which is how two application nodes never pass one on twice.
 *
 * @param chain    the on-call chain as the roster gave it when the ticket was raised
 * @param position the paged person's place in {@code chain}, from 0
 * @param pagedAt  when the person was given the ticket
 * @param deadline by when they must accept it, {@code pagedAt} plus the shift's response time
 */
public record OnCallPage(TicketId ticket, TicketNumber number, GroupId group, ImmutableList<StaffId> chain,
                         int position, Instant pagedAt, Instant deadline, Optional<Settled> settled) {
    public OnCallPage {
        checkNotNull(ticket, "ticket");
        checkNotNull(number, "number");
        checkNotNull(group, "group");
        checkNotNull(chain, "chain");
        checkNotNull(pagedAt, "pagedAt");
        checkNotNull(deadline, "deadline");
        checkNotNull(settled, "settled");
        checkArgument(!chain.isEmpty(), "the on-call chain of ticket %s is empty", number);
        checkArgument(new HashSet<>(chain).size() == chain.size(), "the on-call chain %s names someone twice", chain);
        checkArgument(position >= 0 && position < chain.size(), "position %s is outside the chain %s", position, chain);
        checkArgument(deadline.isAfter(pagedAt), "the deadline %s of ticket %s's page is not after %s", deadline,
                number, pagedAt);
    }

    /** The open page of the person at {@code position} of {@code chain}, paged at {@code at}. */
    public static OnCallPage of(TicketId ticket, TicketNumber number, GroupId group, List<StaffId> chain,
                                int position, Instant at, Duration responseTime) {
        checkNotNull(responseTime, "responseTime");
        checkArgument(!responseTime.isNegative() && !responseTime.isZero(), "response time %s is not positive",
                responseTime);
        return new OnCallPage(ticket, number, group, ImmutableList.copyOf(chain), position, at,
                checkNotNull(at, "at").plus(responseTime), Optional.empty());
    }

    /** The person paged. */
    public StaffId engineer() {
        return chain.get(position);
    }

    /** How long the person had to accept the ticket. */
    public Duration responseTime() {
        return Duration.between(pagedAt, deadline);
    }

    /** Whether the person paged is the last of the chain: after them, the group's lead is told. */
    public boolean isLast() {
        return position == chain.size() - 1;
    }

    /** Whether the page awaits its outcome. */
    public boolean isOpen() {
        return settled.isEmpty();
    }

    /** The open page of the next person of the chain, paged at {@code at} with the same response time. */
    public OnCallPage next(Instant at) {
        checkArgument(!isLast(), "%s is the last of the on-call chain %s", engineer(), chain);
        return of(ticket, number, group, chain, position + 1, at, responseTime());
    }

    /** This page settled at {@code at} with {@code outcome}. */
    public OnCallPage settled(Outcome outcome, Instant at) {
        return new OnCallPage(ticket, number, group, chain, position, pagedAt, deadline,
                Optional.of(new Settled(outcome, at)));
    }

    /** How a page ended, and when. */
    public record Settled(Outcome outcome, Instant at) {
        public Settled {
            checkNotNull(outcome, "outcome");
            checkNotNull(at, "at");
        }
    }

    /** How a page ended. */
    public enum Outcome {
        /** The person paged accepted the ticket (or started on it) in time. */
        ACCEPTED,
        /**
         * The ticket no longer waits for the person paged: someone reassigned or took it over,
         * or it was resolved, closed or cancelled.
         */
        OVERTAKEN,
        /** Not accepted in time: the ticket went to the next person of the chain. */
        PASSED_ON,
        /** Not accepted in time by the last person of the chain: the group's lead was told. */
        LEAD_TOLD
    }
}
