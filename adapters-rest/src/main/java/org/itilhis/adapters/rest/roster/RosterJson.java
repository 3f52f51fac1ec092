package org.itilhis.adapters.rest.roster;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itilhis.core.roster.Duty;
import org.itilhis.core.roster.DutyRef;
import org.itilhis.core.roster.RosterEntry;
import org.itilhis.core.roster.RosterImbalance;
import org.itilhis.core.roster.RosterSnapshot;
import org.itilhis.core.roster.ShiftKind;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.roster.in.RosterView;

/**
 * A roster as the API shows it: its duties in roster order (for one shift on one date, the
 * on-call order, primary first) and, per quarter and per count (night duties, holiday duties),
 * how evenly they are shared; {@code fair} when no spread is above one.
 */
public record RosterJson(String id, String group, String from, String to, long shiftsVersion,
                         List<String> engineers, List<DutyJson> duties, List<ImbalanceJson> imbalance, boolean fair,
                         long version) {
    static RosterJson of(RosterView view) {
        RosterSnapshot roster = view.state();
        return new RosterJson(roster.id().toString(), roster.group().value(), roster.period().from().toString(),
                roster.period().to().toString(), roster.shiftsVersion(),
                roster.engineers().stream().map(StaffId::value).toList(),
                roster.duties().stream().map(DutyJson::of).toList(),
                view.imbalance().stream().map(ImbalanceJson::of).toList(), view.fair(), view.version());
    }

    /** One duty: who, which shift on which date (the date its shift starts), when exactly, and whether on a holiday. */
    public record DutyJson(String engineer, String group, String shift, ShiftKind kind, String date, Boolean holiday,
                           Instant start, Instant end) {
        static DutyJson of(RosterEntry entry) {
            Duty duty = entry.duty();
            return new DutyJson(duty.engineer().value(), duty.group().value(), duty.shift(), duty.kind(),
                    entry.date().toString(), entry.holiday(), duty.start(), duty.end());
        }

        /** A duty read without its roster (a person's duties): no date or holiday flag. */
        static DutyJson of(Duty duty) {
            return new DutyJson(duty.engineer().value(), duty.group().value(), duty.shift(), duty.kind(), null, null,
                    duty.start(), duty.end());
        }
    }

    /** How evenly one count is shared in one quarter: each engineer's count, who has most and fewest, the spread. */
    public record ImbalanceJson(String quarter, RosterImbalance.Count count, Map<String, Integer> counts,
                                List<String> most, List<String> fewest, int spread, boolean fair) {
        static ImbalanceJson of(RosterImbalance imbalance) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            imbalance.counts().forEach((engineer, n) -> counts.put(engineer.value(), n));
            return new ImbalanceJson(imbalance.quarter().toString(), imbalance.count(), counts,
                    imbalance.most().stream().map(StaffId::value).toList(),
                    imbalance.fewest().stream().map(StaffId::value).toList(), imbalance.spread(), imbalance.fair());
        }
    }

    /** A duty as people name it: who, which shift, the date its shift starts on. */
    public record DutyRefJson(String engineer, String shift, String date) {
        static DutyRefJson of(DutyRef duty) {
            return new DutyRefJson(duty.engineer().value(), duty.shift(), duty.date().toString());
        }
    }

    /** {@code POST /rosters/{id}/replace}: the duty and who holds it now. */
    public record ReplaceDutyJson(String engineer, String shift, String date, String by) {
    }

    /** {@code POST /rosters}: generates the group's roster for {@code from} to {@code to}, both included. */
    public record GenerateRosterJson(String group, String from, String to, List<String> engineers,
                                     List<String> shifts) {
    }

    /** A group's rosters overlapping the dates asked for, by start. */
    public record RostersJson(List<RosterJson> items) {
    }

    /** An engineer's duties over a period, in every group the reader may see, by start. */
    public record DutiesJson(String engineer, List<DutyJson> items) {
    }

    /**
     * Who is on call for a group now: the chain (first the engineer on call), how soon they
     * answer and until when; only {@code group} and {@code onCall: false} outside on-call shifts.
     */
    public record OnCallJson(String group, boolean onCall, String engineer, List<String> chain, String responseTime,
                             Instant until) {
    }
}
