package org.itilhis.testkit.arbitraries;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.routing.RoutingRule;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.LocationId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.testkit.DemoHospital;

/**
 * Generators of the service desk's vocabulary (groups, engineers, departments, categories,
 * record ids, expected versions) and of every {@link ContactCommand}. Ticket commands are in
 * {@link TicketCommandArbitraries}, actors in {@link ActorArbitraries}, text in
 * {@link TextArbitraries}, impact and urgency in {@link PriorityArbitraries}.
 *
 * <p>Values come from {@link DemoHospital} most of the time, so that commands meet real
 * groups, routing rules and staff, and are otherwise random or invalid at low rates.
 */
public final class ServiceDeskArbitraries {
    private static final Arbitrary<GroupId> DEMO_GROUPS =
            Arbitraries.of(DemoHospital.groups().stream().map(AssignmentGroup::id).toList());
    private static final Arbitrary<GroupId> GROUPS = Arbitraries.frequencyOf(Tuple.of(9, DEMO_GROUPS),
            Tuple.of(1, Arbitraries.of("radiology-it", "vendor-x", "desktop-second-line", "服务台").map(GroupId::of)));
    private static final Arbitrary<StaffId> CALLERS = Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.of(DemoHospital.NURSE_WANG, DemoHospital.CLERK_LI, DemoHospital.DOCTOR_ZHAO)
                    .map(Actor::staffId)),
            Tuple.of(1, ActorArbitraries.anyone().map(Actor::staffId)));
    private static final Arbitrary<DepartmentId> DEPARTMENTS = Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.of(DemoHospital.OUTPATIENT, DemoHospital.WARD_5_EAST, DemoHospital.RADIOLOGY,
                    DemoHospital.IT)),
            Tuple.of(1, Arbitraries.of("心内科", "icu", "pharmacy", "急诊科 (emergency)").map(DepartmentId::of)));
    private static final Arbitrary<LocationId> LOCATIONS = Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.of(DemoHospital.OUTPATIENT_HALL, DemoHospital.WARD_5_EAST_STATION,
                    LocationId.of("building-3/b1/data-centre"), LocationId.of("门诊楼/2F/收费处"))),
            Tuple.of(1, Arbitraries.just(null)));
    private static final Arbitrary<ContactCommand.Log> LOGS = logsBy(ActorArbitraries.anyone());
    private static final Arbitrary<String> CATEGORIES = categoriesOf(DemoHospital.routing().rules().stream()
            .map(RoutingRule::category).map(Object::toString).toList());

    private ServiceDeskArbitraries() {
    }

    // ---- vocabulary ------------------------------------------------------------------

    /** The demo hospital's assignment groups nine times in ten, otherwise a group nobody knows. */
    public static Arbitrary<GroupId> groups() {
        return GROUPS;
    }

    public static Arbitrary<GroupId> demoGroups() {
        return DEMO_GROUPS;
    }

    /** Groups of {@code tier} mostly (where functional escalation should go), any group otherwise. */
    public static Arbitrary<GroupId> groupsOfTier(SupportTier tier) {
        List<GroupId> ofTier = DemoHospital.groups().stream().filter(g -> g.tier() == tier)
                .map(AssignmentGroup::id).toList();
        return ofTier.isEmpty() ? groups()
                : Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(ofTier)), Tuple.of(1, groups()));
    }

    /** Engineers for an assignment to {@code group}: none, a member, or someone outside it. */
    public static Arbitrary<StaffId> engineersFor(GroupId group) {
        List<StaffId> members = ActorArbitraries.membersOf(group).stream().map(Actor::staffId).toList();
        Arbitrary<StaffId> outsiders = ActorArbitraries.anyone().map(Actor::staffId);
        Arbitrary<StaffId> insiders = members.isEmpty() ? outsiders : Arbitraries.of(members);
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(null)),
                Tuple.of(5, insiders),
                Tuple.of(1, outsiders));
    }

    /** The callers of the demo hospital mostly, sometimes any staff member or a stranger. */
    public static Arbitrary<StaffId> callers() {
        return CALLERS;
    }

    public static Arbitrary<DepartmentId> departments() {
        return DEPARTMENTS;
    }

    /** A location, or {@code null} (unknown) about a third of the time. */
    public static Arbitrary<LocationId> locations() {
        return LOCATIONS;
    }

    /**
     * Ticket categories: those of the demo routing table, their sub-categories and other
     * well-formed ones (also in upper case, which is allowed), and rarely malformed ones.
     */
    public static Arbitrary<String> categories() {
        return CATEGORIES;
    }

    private static Arbitrary<String> categoriesOf(List<String> routed) {
        Arbitrary<String> sub = Arbitraries.of(routed).flatMap(category -> Arbitraries.of("printer", "login", "wifi",
                "outpatient-registration").map(leaf -> category + "." + leaf));
        Arbitrary<String> other = Arbitraries.of("lab.analyser", "pacs", "telephony", "HIS.Pharmacy", "emr.signature");
        Arbitrary<String> malformed = Arbitraries.of("his pharmacy", ".his", "his..pharmacy", "药房", "");
        return Arbitraries.frequencyOf(Tuple.of(20, Arbitraries.of(routed)), Tuple.of(8, sub), Tuple.of(6, other),
                Tuple.of(1, malformed));
    }

    /** Known ids mostly; a random id nobody stored about one time in fifteen. Needs a non-empty {@code known}. */
    public static Arbitrary<ContactId> contactIds(Collection<ContactId> known) {
        return Arbitraries.frequencyOf(Tuple.of(14, Arbitraries.of(known)),
                Tuple.of(1, uuids().map(ContactId::new)));
    }

    /** Known ids mostly; a random id nobody stored about one time in fifteen. Needs a non-empty {@code known}. */
    public static Arbitrary<TicketId> ticketIds(Collection<TicketId> known) {
        return Arbitraries.frequencyOf(Tuple.of(14, Arbitraries.of(known)),
                Tuple.of(1, uuids().map(TicketId::new)));
    }

    /**
     * Random ids, driven by jqwik's seed so that a failing run replays exactly (unlike
     * {@link UUID#randomUUID()}); their high bits differ from the in-memory stores' ids.
     */
    public static Arbitrary<UUID> uuids() {
        return Arbitraries.longs().between(1, Long.MAX_VALUE).map(n -> new UUID(0xDEAD_BEEFL, n));
    }

    /**
     * The {@code expectedVersion} of a ticket command whose ticket is at {@code current}:
     * absent (no check) or current mostly, sometimes stale or ahead, rarely negative (invalid).
     */
    public static Arbitrary<Long> versions(long current) {
        Arbitrary<Long> stale = Arbitraries.longs().between(0, current + 2).filter(v -> v != current);
        return Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.just(null)),
                Tuple.of(8, Arbitraries.just(current)),
                Tuple.of(2, stale),
                Tuple.of(1, Arbitraries.just(-1L)));
    }

    // ---- contact commands --------------------------------------------------------------

    /**
     * Logging a contact. The actor is a random one; half the time the caller is the actor
     * themselves (a reporter may log only their own calls).
     */
    public static Arbitrary<ContactCommand.Log> logs() {
        return LOGS;
    }

    private static Arbitrary<ContactCommand.Log> logsBy(Arbitrary<Actor> actors) {
        return actors.flatMap(actor -> Combinators.combine(
                Arbitraries.just(actor).injectNull(0.01),
                Arbitraries.of(ContactChannel.class).injectNull(0.01),
                Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(actor.staffId())), Tuple.of(1, callers())),
                departments(),
                locations(),
                TextArbitraries.extensions(),
                TextArbitraries.required(8000)).as(ContactCommand.Log::new));
    }

    public static Arbitrary<ContactCommand.ResolveAtFirstContact> resolutionsAtFirstContact(
            Arbitrary<Actor> actors, Arbitrary<ContactId> contacts) {
        return Combinators.combine(actors, contacts, Arbitraries.of(ResolutionCode.class).injectNull(0.02),
                TextArbitraries.required(4000)).as(ContactCommand.ResolveAtFirstContact::new);
    }

    /**
     * Raising a ticket from a contact: incidents three times in four, a major incident about
     * one time in eight (a service request flagged major is invalid), impact and urgency
     * codes from {@link PriorityArbitraries}, categories from {@link #categories()}.
     */
    public static Arbitrary<ContactCommand.RaiseTicket> raises(Arbitrary<Actor> actors, Arbitrary<ContactId> contacts) {
        Arbitrary<TicketType> types = Arbitraries.frequency(Tuple.of(3, TicketType.INCIDENT),
                Tuple.of(1, TicketType.SERVICE_REQUEST));
        Arbitrary<String> ciClasses = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(null)),
                Tuple.of(1, Arbitraries.of("workstation", "printer", "switch", "his-server")));
        return Builders.withBuilder(RaiseBuilder::new)
                .use(actors).inSetter((b, v) -> b.actor = v)
                .use(contacts).inSetter((b, v) -> b.contact = v)
                .use(types.injectNull(0.01)).inSetter((b, v) -> b.type = v)
                .use(TextArbitraries.required(200)).inSetter((b, v) -> b.summary = v)
                .use(categories()).inSetter((b, v) -> b.category = v)
                .use(PriorityArbitraries.impactCodes()).inSetter((b, v) -> b.impact = v)
                .use(PriorityArbitraries.urgencyCodes()).inSetter((b, v) -> b.urgency = v)
                .use(PriorityArbitraries.criticalities().injectNull(0.01)).inSetter((b, v) -> b.criticality = v)
                .use(PriorityArbitraries.majorFlags()).inSetter((b, v) -> b.major = v)
                .use(ciClasses).inSetter((b, v) -> b.ciClass = v)
                .build(RaiseBuilder::build);
    }

    public static Arbitrary<ContactCommand.LinkToTicket> links(Arbitrary<Actor> actors, Arbitrary<ContactId> contacts,
                                                               Arbitrary<TicketId> tickets) {
        return Combinators.combine(actors, contacts, tickets).as(ContactCommand.LinkToTicket::new);
    }

    /** Collects the ten components of a raise; jqwik's combinators stop at eight. */
    private static final class RaiseBuilder {
        Actor actor;
        ContactId contact;
        TicketType type;
        String summary;
        String category;
        String impact;
        String urgency;
        ServiceCriticality criticality;
        boolean major;
        String ciClass;

        ContactCommand.RaiseTicket build() {
            return new ContactCommand.RaiseTicket(actor, contact, type, summary, category, impact, urgency, criticality,
                    major, ciClass);
        }
    }
}
