package org.itilhis.testkit.contract;

import static org.itilhis.testkit.ContactBuilder.aContact;
import static org.itilhis.testkit.TicketBuilder.aTicket;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.contact.Contact;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.priority.Impact;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.PriorityFactors;
import org.itilhis.core.priority.PriorityOverride;
import org.itilhis.core.priority.PriorityPolicy;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.priority.Urgency;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.HoldReason;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.Satisfaction;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.TicketBuilder;

/**
 * Real aggregates driven through their commands, so that their events include every type
 * of {@link org.itilhis.core.ticket.TicketEvent} and {@link org.itilhis.core.contact.ContactEvent}
 * with optional parts both present and absent, Chinese text and microsecond instants: what
 * a serialising event log must get back equal.
 */
final class EventScenarios {
    private static final StaffId DESK = DemoHospital.AGENT_CHEN.staffId();
    private static final StaffId LIU = DemoHospital.ENGINEER_LIU.staffId();
    private static final StaffId HUANG = DemoHospital.SPECIALIST_HUANG.staffId();
    private static final StaffId LEAD = DemoHospital.LEAD_SUN.staffId();
    private static final StaffId NURSE = DemoHospital.NURSE_WANG.staffId();

    private EventScenarios() {
    }

    /**
     * The pulled events of each aggregate, one list per aggregate, oldest first. Identities
     * are random, so each call gives new aggregates.
     */
    static ImmutableList<List<? extends DomainEvent>> everyEventType() {
        Contact raising = aContact().describing("药房系统卡死 𠮷").build();
        Contact linking = aContact().via(ContactChannel.HIS_BUTTON).withoutExtension().build();
        Contact solved = aContact().via(ContactChannel.WALK_IN).withoutLocation().build();
        Contact open = aContact().via(ContactChannel.MONITORING).withoutLocation()
                .withoutExtension().loggedBy(Actor.SYSTEM_ID).build();

        Ticket worked = aTicket().withNumber(TicketNumber.parse("INC-2026-000901"))
                .raisedFrom(raising.id()).inCategory("his.pharmacy").aboutCiClass("his-client")
                .withSummary("药房发药界面卡死").withDescription("Dispensing stops; 𠮷 shows as '?'").build();
        Ticket cancelled = aTicket().withNumber(TicketNumber.parse("REQ-2026-000902"))
                .serviceRequest().withPriority(Priority.P5).withoutLocation().build();
        Ticket closedQuietly = aTicket().withNumber(TicketNumber.parse("INC-2026-000903"))
                .withPriority(Priority.P4).resolved().build();

        raising.raisedAs(worked.id(), worked.number(), DESK, at(1));
        linking.linkTo(worked.id(), worked.number(), DESK, at(2));
        solved.resolveAtFirstContact(ResolutionCode.ADVICE_GIVEN, "教会了重新登录 (showed how to log in again)", DESK,
                at(3));
        work(worked, linking);
        cancelled.cancel("raised twice by mistake", NURSE, at(4));
        closedQuietly.closeAfterQuietPeriod(Duration.ofDays(3), Actor.SYSTEM_ID, at(5).plus(Duration.ofDays(3)));

        return ImmutableList.of(raising.pullEvents(), worked.pullEvents(), linking.pullEvents(), solved.pullEvents(),
                cancelled.pullEvents(), open.pullEvents(), closedQuietly.pullEvents());
    }

    private static void work(Ticket t, Contact linked) {
        t.linkContact(linked.id(), DESK, at(10));
        t.assign(DemoHospital.DESKTOP, Optional.empty(), SupportTier.FIRST_LINE, DESK, at(11));
        t.accept(LIU, at(12));
        t.start(LIU, at(13));
        t.addWorkLog(15, "重启客户端无效 (restarting the client did not help)", LIU, at(14));
        t.hold(HoldReason.AWAITING_VENDOR, "", LIU, at(15));
        t.resume(LIU, at(16));
        t.escalateToLead("the pharmacy queue grows", LIU, at(17));
        t.reprioritise(PriorityPolicy.hospitalDefault().assess(new PriorityFactors(Impact.ONE_DEPARTMENT,
                Urgency.SEVERELY_DEGRADED, ServiceCriticality.CLINICAL_CRITICAL, false)), "the pharmacy is clinical",
                LIU, at(18));
        t.overridePriority(new PriorityOverride(Priority.P2, "discharges wait for medicine", LEAD, at(19)), LEAD,
                at(19));
        t.declareMajorIncident(PriorityPolicy.hospitalDefault().assess(new PriorityFactors(Impact.SEVERAL_DEPARTMENTS,
                Urgency.SEVERELY_DEGRADED, ServiceCriticality.CLINICAL_CRITICAL, true)), "every ward's pharmacy orders",
                LEAD, at(20));
        t.escalate(DemoHospital.HIS_SUPPORT, "needs the HIS specialists", LIU, at(21));
        t.assign(DemoHospital.HIS_SUPPORT, Optional.of(HUANG), SupportTier.SECOND_LINE, LEAD, at(22));
        t.start(HUANG, at(23));
        t.resolve(ResolutionCode.WORKAROUND, "Switched to the backup font", HUANG, at(24));
        t.reopen("hangs again", NURSE, at(25));
        t.start(HUANG, at(26));
        t.resolve(ResolutionCode.VENDOR_FIXED, "Vendor patch 3.2.1 installed", HUANG, at(27));
        t.updateCaller("补丁已装好，请确认 (the patch is in, please confirm)", DESK, at(27).plusSeconds(30));
        t.confirm(NURSE, at(28));
        t.rate(new Satisfaction(4, "很好"), NURSE, at(29));
    }

    private static Instant at(int minutes) {
        return TicketBuilder.RAISED_AT.plus(Duration.ofMinutes(minutes)).plusNanos(7_000);
    }

}
