package org.itilhis.testkit.contract;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.sla.ClockKind;
import org.itilhis.core.sla.SlaThreshold;
import org.itilhis.core.sla.ThresholdCrossed;
import org.itilhis.core.ticket.Resolution;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.ports.common.Notification;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.TicketBuilder;

/**
 * One notification of every kind the service desk sends, built as the relay's people's
 * notifications build them ({@code PeopleNotifications} for a person without a preference,
 * by the default rules): the event's type as the
 * topic, the ticket number as the reference, the demo hospital's staff as recipients, and
 * the texts at their longest, in Chinese, with a character outside the Basic Multilingual
 * Plane and line breaks where a person's words go.
 */
final class NotificationSamples {
    /** Nobody the hospital knows, so no notifier has a channel for them. */
    static final StaffId UNREACHABLE = StaffId.of("X9999-left-in-2019");

    private static final Instant AT = Instant.parse("2026-03-02T01:30:00Z");
    private static final StaffId CHEN = DemoHospital.AGENT_CHEN.staffId();
    private static final StaffId LIU = DemoHospital.ENGINEER_LIU.staffId();
    private static final TicketId PRINTER_ID = new TicketId(new UUID(0x7_1C_E7L, 104));
    private static final TicketNumber PRINTER = TicketNumber.parse("INC-2026-000104");
    private static final String PRINTER_SUMMARY = "5东护士站腕带打印机卡纸 \uD840\uDC0B";
    private static final TicketNumber HIS = TicketNumber.parse("INC-2026-000101");
    private static final String HIS_SUMMARY = "门诊挂号系统无法登录 (HIS outpatient down)";
    private static final TicketNumber ACCOUNT = TicketNumber.parse("REQ-2026-000106");
    private static final String ACCOUNT_SUMMARY = "实习护士开通HIS账号";
    /** A caller update at its longest (4000 characters, as the command allows), with line breaks. */
    private static final String LONG_MESSAGE = ("已更换搓纸轮，正在观察。\n" + "x".repeat(87)).repeat(40);

    private NotificationSamples() {
    }

    /** Every kind, by what it is; for a dynamic test per kind. */
    static ImmutableMap<String, Notification> everyKind() {
        return ImmutableMap.<String, Notification>builder()
                .put("an assignment, to the engineer it names", ticket(LIU, PRINTER, Priority.P3, PRINTER_SUMMARY,
                        new TicketEvent.Assigned(PRINTER_ID, DemoHospital.DESKTOP, Optional.of(LIU),
                                SupportTier.FIRST_LINE, false, CHEN, AT)))
                .put("an assignment to a group alone, to its lead", ticket(lead(DemoHospital.DESKTOP), PRINTER,
                        Priority.P3, PRINTER_SUMMARY, new TicketEvent.Assigned(PRINTER_ID, DemoHospital.DESKTOP,
                                Optional.empty(), SupportTier.FIRST_LINE, true, CHEN, AT)))
                .put("a functional escalation, to the lead of the group of the next tier",
                        ticket(lead(DemoHospital.HIS_SUPPORT), PRINTER, Priority.P3, PRINTER_SUMMARY,
                                new TicketEvent.Escalated(PRINTER_ID, SupportTier.FIRST_LINE, SupportTier.SECOND_LINE,
                                        DemoHospital.HIS_SUPPORT, "driver issue", LIU, AT)))
                .put("an escalation to the lead", ticket(lead(DemoHospital.DESKTOP), PRINTER, Priority.P3,
                        PRINTER_SUMMARY, new TicketEvent.EscalatedToLead(PRINTER_ID, DemoHospital.DESKTOP,
                                "needs a second pair of hands", LIU, AT)))
                .put("a major incident, to the lead of the group holding it", ticket(lead(DemoHospital.HIS_SUPPORT),
                        HIS, Priority.P1, HIS_SUMMARY, new TicketEvent.MajorIncidentDeclared(PRINTER_ID,
                                TicketBuilder.assessment(Priority.P1, true), "all outpatient desks", CHEN, AT)))
                .put("a resolution, to the caller", ticket(DemoHospital.NURSE_WANG.staffId(), PRINTER, Priority.P3,
                        PRINTER_SUMMARY, new TicketEvent.Resolved(PRINTER_ID,
                                Resolution.of(ResolutionCode.FIXED, "replaced the roller"), LIU, AT)))
                .put("a service request fulfilled, to the caller", ticket(DemoHospital.CLERK_LI.staffId(), ACCOUNT,
                        Priority.P4, ACCOUNT_SUMMARY, new TicketEvent.Resolved(PRINTER_ID,
                                Resolution.of(ResolutionCode.FIXED, "account created"), CHEN, AT)))
                .put("an update of the caller at its longest, to the caller", callerUpdate(
                        DemoHospital.NURSE_WANG.staffId(), PRINTER, PRINTER_SUMMARY, LONG_MESSAGE))
                .put("an SLA target at risk, to the lead", escalation(new SlaThreshold(ClockKind.RESOLUTION, 75)))
                .put("an SLA target missed, to the lead", escalation(SlaThreshold.breach(ClockKind.RESPONSE)))
                .build();
    }

    /** A notification of a kind the service desk does not send yet. */
    static Notification ofANewTopic() {
        return new Notification(DemoHospital.LEAD_WU.staffId(), "problem.known-error-published", "PRB-2026-000007",
                "PRB-2026-000007 known error published: HIS login fails after the nightly update");
    }

    /** The {@code i}-th of many distinct notifications, for the concurrency test. */
    static Notification numbered(String sender, int i) {
        return new Notification(LIU, "ticket.assigned", sender + "-" + i,
                PRINTER + " [P3] " + PRINTER_SUMMARY + ": ticket.assigned (" + sender + " #" + i + ")");
    }

    private static Notification ticket(StaffId recipient, TicketNumber number, Priority priority, String summary,
                                       TicketEvent event) {
        return new Notification(recipient, event.type(), number.toString(),
                number + " [" + priority + "] " + summary + ": " + event.type());
    }

    private static Notification callerUpdate(StaffId caller, TicketNumber number, String summary, String message) {
        TicketEvent.CallerUpdated event = new TicketEvent.CallerUpdated(PRINTER_ID, message, LIU, AT);
        return new Notification(caller, event.type(), number.toString(), number + " " + summary + ": " + message);
    }

    private static Notification escalation(SlaThreshold threshold) {
        ThresholdCrossed crossed = new ThresholdCrossed(PRINTER_ID, HIS, threshold, AT.minusSeconds(3600),
                Priority.P2, DemoHospital.HIS_SUPPORT, Actor.SYSTEM_ID, AT);
        return new Notification(lead(DemoHospital.HIS_SUPPORT), crossed.type(), HIS.toString(),
                HIS + " [" + Priority.P2 + "] " + threshold + (threshold.isBreach() ? ": target missed"
                        : ": target at risk"));
    }

    private static StaffId lead(GroupId group) {
        return DemoHospital.groups().stream().filter(g -> g.id().equals(group)).findFirst().orElseThrow().lead();
    }
}
