package org.itilhis.testkit.arbitraries;

import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.itilhis.core.priority.PriorityAssessment;
import org.itilhis.core.priority.PriorityFactors;
import org.itilhis.core.priority.PriorityPolicy;
import org.itilhis.core.routing.CategoryCode;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketDetails;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketType;

/**
 * Valid domain values for working on the {@link Ticket} aggregate directly, without the
 * application services: what a caller reported, priority assessments by a policy, and
 * freshly raised tickets.
 */
public final class TicketArbitraries {
    private static final Arbitrary<String> CATEGORIES = Arbitraries.of("desktop", "printer", "his", "his.pharmacy",
            "network.wifi", "account", "lab.analyser", "pacs");

    private TicketArbitraries() {
    }

    /** What a caller reported: valid summaries and descriptions in English and Chinese. */
    public static Arbitrary<TicketDetails> details() {
        Arbitrary<String> descriptions = Arbitraries.frequencyOf(Tuple.of(4, TextArbitraries.text(8000)),
                Tuple.of(1, Arbitraries.just("")));
        Arbitrary<String> ciClasses = Arbitraries.of("workstation", "printer", "switch");
        return Combinators.combine(TextArbitraries.text(200), descriptions, CATEGORIES.map(CategoryCode::of),
                ServiceDeskArbitraries.callers(), ServiceDeskArbitraries.departments(),
                ServiceDeskArbitraries.locations().map(Optional::ofNullable), ciClasses.optional())
                .as(TicketDetails::new);
    }

    /** The policy's assessment of random factors over its matrix; {@code major} as given. */
    public static Arbitrary<PriorityAssessment> assessments(PriorityPolicy policy, boolean major) {
        return Combinators.combine(PriorityArbitraries.impacts(), PriorityArbitraries.urgencies(),
                        PriorityArbitraries.criticalities())
                .as((impact, urgency, criticality) -> policy.assess(
                        new PriorityFactors(impact, urgency, criticality, major)));
    }

    /**
     * Tickets just raised at {@code at} under {@code policy}: incidents and service
     * requests (only incidents are sometimes major), owned by a demo group, sometimes from
     * a contact. Each has its {@code Raised} event pending.
     */
    public static Arbitrary<Ticket> raised(PriorityPolicy policy, Instant at) {
        Arbitrary<TicketType> types = Arbitraries.of(TicketType.class);
        return types.flatMap(type -> Combinators.combine(
                Arbitraries.longs().between(1, 999_999).map(sequence -> TicketNumber.of(type, 2026, sequence)),
                details(),
                PriorityArbitraries.majorFlags().flatMap(major ->
                        assessments(policy, major && type == TicketType.INCIDENT)),
                ServiceDeskArbitraries.demoGroups(),
                ServiceDeskArbitraries.uuids().map(ContactId::new).optional(),
                ActorArbitraries.demoStaff().map(Actor::staffId),
                ServiceDeskArbitraries.uuids().map(TicketId::new))
                .as((number, details, assessment, group, origin, actor, id) -> Ticket.raise(id, number, details,
                        assessment, group, "generated", origin, actor, at)));
    }
}
