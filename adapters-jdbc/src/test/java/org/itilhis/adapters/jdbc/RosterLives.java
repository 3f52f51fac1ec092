package org.itilhis.adapters.jdbc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.roster.GroupShifts;
import org.itilhis.core.roster.Handover;
import org.itilhis.core.roster.HandoverId;
import org.itilhis.core.roster.HandoverItem;
import org.itilhis.core.roster.HandoverParty;
import org.itilhis.core.roster.Roster;
import org.itilhis.core.roster.RosterEntry;
import org.itilhis.core.roster.RosterId;
import org.itilhis.core.roster.RosterPeriod;
import org.itilhis.core.roster.RotationPattern;
import org.itilhis.core.roster.Shift;
import org.itilhis.core.roster.ShiftDays;
import org.itilhis.core.roster.ShiftKind;
import org.itilhis.core.roster.Swap;
import org.itilhis.core.roster.SwapId;
import org.itilhis.core.roster.SwapKind;
import org.itilhis.core.roster.SwapRequest;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * The duty roster's records through every event their types have, built with the core's own
 * commands: HIS support's shifts (a day, a night across midnight, a 24-hour weekend on-call), a
 * week's roster of nights generated for three engineers and then edited by the lead, duty swaps
 * approved, rejected and withdrawn, and shift handovers signed by both or flagged to the lead.
 */
public final class RosterLives {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final GroupId HIS = GroupId.of("his-second-line");
    public static final StaffId LEAD = StaffId.of("E0200");
    public static final StaffId HUANG = StaffId.of("E0201");
    public static final StaffId MA = StaffId.of("E0202");
    public static final StaffId QIN = StaffId.of("E0203");
    public static final StaffId SYSTEM = StaffId.of("SYSTEM");
    public static final Instant AT = Instant.parse("2027-01-01T02:00:00.123456789Z");
    public static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    private RosterLives() {
    }

    public static GroupShifts shifts() {
        return GroupShifts.of(HIS, SHANGHAI, "24x7", List.of(
                Shift.of("DAY", "白班", ShiftKind.DAY, LocalTime.of(8, 0), LocalTime.of(17, 30), ShiftDays.WORKING_DAYS)
                        .withEnglishName("Day"),
                Shift.of("NIGHT", "夜班", ShiftKind.NIGHT, LocalTime.of(17, 30), LocalTime.of(8, 0), ShiftDays.EVERY_DAY),
                Shift.onCall("WEEKEND-ON-CALL", "周末值班", LocalTime.of(8, 0), LocalTime.of(8, 0), ShiftDays.REST_DAYS,
                        Duration.ofMinutes(15))));
    }

    /** A week of nights rotating among Huang, Ma and Qin from Monday 4 January 2027, as generated. */
    public static Roster generated(UUID id) {
        return Roster.generate(new RosterId(id), shifts(), BusinessCalendar.twentyFourSeven(SHANGHAI),
                RosterPeriod.of(MONDAY, MONDAY.plusDays(6)), RotationPattern.of(List.of(HUANG, MA, QIN),
                        List.of("NIGHT")), LEAD, AT);
    }

    /**
     * The generated week edited through every kind of edit: day duties assigned, one removed, one
     * replaced by the lead, and two nights exchanged by an approved swap.
     */
    public static Roster edited(UUID id, SwapId swap) {
        Roster roster = generated(id);
        roster.assign(day(HUANG, MONDAY.plusDays(1)), LEAD, AT);
        roster.assign(day(MA, MONDAY.plusDays(2)), LEAD, AT);
        roster.remove(day(MA, MONDAY.plusDays(2)).ref(), LEAD, AT);
        roster.replace(day(HUANG, MONDAY.plusDays(1)).ref(), QIN, Optional.empty(), LEAD, AT);
        List<RosterEntry> nights = roster.duties().stream().filter(RosterEntry::night).toList();
        roster.exchange(nights.get(0).ref(), nights.get(1).ref(), swap, LEAD, AT);
        return roster;
    }

    /** {@code engineer}'s day duty on {@code date}. */
    public static RosterEntry day(StaffId engineer, LocalDate date) {
        GroupShifts shifts = shifts();
        return new RosterEntry(date, false, shifts.duty(engineer, shifts.shift("DAY").orElseThrow(), date));
    }

    /** Huang asks Ma to exchange their first two nights of {@code roster}. */
    public static Swap requested(Roster roster) {
        List<RosterEntry> nights = roster.duties().stream().filter(RosterEntry::night).toList();
        return Swap.request(new SwapId(UUID.randomUUID()), new SwapRequest(roster.id(), HIS, SwapKind.EXCHANGE,
                nights.get(0).ref(), nights.get(1).engineer(), Optional.of(nights.get(1).ref()), "家里有事 family matters"),
                AT);
    }

    /** A swap requested then approved, one rejected and one withdrawn. */
    public static List<Swap> decidedSwaps(Roster roster) {
        Swap approved = requested(roster);
        approved.approve(LEAD, AT.plusSeconds(60));
        Swap rejected = requested(roster);
        rejected.reject("Ma is on leave that week", LEAD, AT.plusSeconds(120));
        Swap withdrawn = requested(roster);
        withdrawn.withdraw(withdrawn.request().requester(), AT.plusSeconds(180));
        return List.of(approved, rejected, withdrawn);
    }

    /** Huang hands over to Ma at 08:00 on Tuesday 5 January, with a ticket, a change and a note. */
    public static Handover written(Instant shiftChange) {
        return Handover.write(new HandoverId(UUID.randomUUID()), HIS, HUANG, MA, shiftChange, List.of(
                        HandoverItem.ticket("INC-2027-000001", "门诊挂号缓慢 Outpatient registration slow"),
                        HandoverItem.change("CHG-2027-000002", "PACS firmware upgrade"),
                        HandoverItem.note("服务器机房空调告警已复位 machine room AC alarm reset")),
                HUANG, shiftChange.minusSeconds(600));
    }

    /** A handover signed by both, and one flagged to the lead unsigned. */
    public static List<Handover> handovers() {
        Instant change = MONDAY.plusDays(1).atTime(8, 0).atZone(SHANGHAI).toInstant();
        Handover signed = written(change);
        signed.sign(HandoverParty.OUTGOING, HUANG, change);
        signed.sign(HandoverParty.INCOMING, MA, change.plusSeconds(30));
        Handover flagged = written(change.plusSeconds(86_400));
        flagged.flag(LEAD, SYSTEM, change.plusSeconds(90_000));
        return List.of(signed, flagged);
    }
}
