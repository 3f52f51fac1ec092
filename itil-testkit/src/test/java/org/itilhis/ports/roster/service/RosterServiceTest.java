package org.itilhis.ports.roster.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.ENGINEER_ZHOU;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.roster.Duty;
import org.itilhis.core.roster.HandoverItem;
import org.itilhis.core.roster.HandoverParty;
import org.itilhis.core.roster.InvalidShiftException;
import org.itilhis.core.roster.NotAHandoverPartyException;
import org.itilhis.core.roster.NotInGroupException;
import org.itilhis.core.roster.OverlappingDutiesException;
import org.itilhis.core.roster.RosterEntry;
import org.itilhis.core.roster.RosterImbalance;
import org.itilhis.core.roster.ShiftDays;
import org.itilhis.core.roster.ShiftKind;
import org.itilhis.core.roster.SwapKind;
import org.itilhis.core.roster.SwapSnapshot;
import org.itilhis.core.roster.SwapStatus;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.common.Notification;
import org.itilhis.ports.roster.in.HandoverView;
import org.itilhis.ports.roster.in.OnCallView;
import org.itilhis.ports.roster.in.RosterCommand;
import org.itilhis.ports.roster.in.RosterPeriodTakenException;
import org.itilhis.ports.roster.in.RosterView;
import org.itilhis.ports.roster.in.SwapView;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.service.Hospital;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.DemoRoster;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.junit.jupiter.api.Test;

/**
 * The duty roster on the demo hospital: desktop support (lead Sun, engineers Liu and Zhou) gets
 * the demo shifts and its February and March 2026 rosters; the clock starts on Monday 2 March
 * 2026, 08:00 in Shanghai. Every refusal leaves the stores and the event log as they were.
 */
class RosterServiceTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Hospital hospital = new Hospital();
    private final InMemoryServiceDesk desk = hospital.desk;
    private final RosterManagement roster = desk.roster;

    RosterServiceTest() {
        DemoHospital.configureServiceLevels(desk.levels.administration());
        DemoRoster.configureInto(roster.roster(), roster.queries(), SHANGHAI);
        DemoRoster.loadInto(roster.roster(), roster.queries(), desk.clock.instant(), SHANGHAI);
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    private RosterView march() {
        return roster.queries().rosters(LEAD_SUN, DESKTOP, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"))
                .get(0);
    }

    private record Picture(Object shifts, Object rosters, List<DomainEvent> events, List<Notification> sent) {
    }

    private Picture picture() {
        return new Picture(desk.shiftSets.all(), roster.queries().rosters(LEAD_SUN, DESKTOP,
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")), List.copyOf(desk.events.all()),
                List.copyOf(desk.notifier.sent()));
    }

    // ---- shifts and generation ---------------------------------------------------------------

    @Test
    void theDemoGroupsGetTheirShiftsAndFairRostersForLastMonthAndThisOne() {
        assertThat(desk.shiftSets.all()).hasSize(3);
        for (var group : DemoRoster.groups()) {
            List<RosterView> rosters = roster.queries().rosters(DIRECTOR_GAO, group, LocalDate.parse("2026-02-01"),
                    LocalDate.parse("2026-03-31"));
            assertThat(rosters).extracting(r -> r.state().period().from().toString())
                    .containsExactly("2026-02-01", "2026-03-01");
            assertThat(rosters).allMatch(RosterView::fair);
        }
        assertThat(desk.events.all()).extracting(DomainEvent::type).containsSubsequence("roster.shifts-defined",
                "roster.shifts-defined", "roster.shifts-defined", "roster.generated");
        assertThat(desk.events.all()).filteredOn(e -> e.type().equals("roster.generated")).hasSize(6);
        // the Spring Festival of 2026: 15 to 23 February are holidays, 14 and 28 February worked
        RosterView february = roster.queries().rosters(LEAD_SUN, DESKTOP, LocalDate.parse("2026-02-01"),
                LocalDate.parse("2026-02-28")).get(0);
        assertThat(february.state().duties()).filteredOn(d -> d.date().equals(LocalDate.parse("2026-02-17")))
                .extracting(RosterEntry::shift).containsExactly(DemoRoster.WEEKEND_ON_CALL);
        assertThat(february.state().duties()).filteredOn(d -> d.date().equals(LocalDate.parse("2026-02-14")))
                .extracting(RosterEntry::shift).containsExactly(DemoRoster.DAY, DemoRoster.NIGHT);
        assertThat(february.imbalance()).filteredOn(i -> i.count() == RosterImbalance.Count.HOLIDAY)
                .singleElement().satisfies(i -> assertThat(i.counts().values()).allMatch(n -> n >= 2));
    }

    @Test
    void anIllFormedShiftSetIsRefusedInBothLanguagesAndNothingChanges() {
        Picture before = picture();
        var backwards = new RosterCommand.ShiftDefinition("DAY", "白班", null, ShiftKind.DAY, LocalTime.of(17, 30),
                LocalTime.of(8, 0), false, ShiftDays.WORKING_DAYS, null);

        assertThatThrownBy(() -> roster.roster().defineShifts(new RosterCommand.DefineShifts(LEAD_SUN, DESKTOP, null,
                "Asia/Shanghai", DemoHospital.OFFICE_HOURS, List.of(backwards))))
                .isInstanceOfSatisfying(InvalidShiftException.class, e -> {
                    assertThat(e.messageIn(Locale.ENGLISH)).startsWith("Field shifts: shift DAY must end after");
                    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).startsWith("字段 shifts：班次 DAY");
                });
        var onCallWithout = new RosterCommand.ShiftDefinition("ON-CALL", "待命", null, ShiftKind.ON_CALL,
                LocalTime.of(8, 0), LocalTime.of(8, 0), null, ShiftDays.REST_DAYS, null);
        assertThatThrownBy(() -> roster.roster().defineShifts(new RosterCommand.DefineShifts(LEAD_SUN, DESKTOP, null,
                "Asia/Shanghai", DemoHospital.OFFICE_HOURS, List.of(onCallWithout))))
                .isInstanceOf(InvalidShiftException.class);
        assertThatThrownBy(() -> roster.roster().defineShifts(new RosterCommand.DefineShifts(LEAD_SUN, DESKTOP, null,
                "Mars/Olympus", "no-such-calendar", DemoRoster.shifts())))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("zone"));
        assertThatThrownBy(() -> roster.roster().defineShifts(new RosterCommand.DefineShifts(LEAD_SUN, DESKTOP, null,
                "Asia/Shanghai", DemoHospital.OFFICE_HOURS, List.of())))
                .isInstanceOf(InvalidCommandException.class);
        assertThat(picture()).isEqualTo(before);
    }

    @Test
    void onlyTheLeadDefinesShiftsAndAStaleVersionIsAConflict() {
        Picture before = picture();

        assertThatThrownBy(() -> roster.roster().defineShifts(new RosterCommand.DefineShifts(ENGINEER_LIU, DESKTOP,
                null, "Asia/Shanghai", DemoHospital.OFFICE_HOURS, DemoRoster.shifts())))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> roster.roster().defineShifts(new RosterCommand.DefineShifts(LEAD_SUN, DESKTOP, 0L,
                "Asia/Shanghai", DemoHospital.OFFICE_HOURS, DemoRoster.shifts())))
                .isInstanceOf(VersionConflictException.class);
        assertThat(picture()).isEqualTo(before);

        assertThat(roster.roster().defineShifts(new RosterCommand.DefineShifts(LEAD_SUN, DESKTOP, 1L,
                "Asia/Shanghai", DemoHospital.OFFICE_HOURS, DemoRoster.shifts())).version()).isEqualTo(2);
    }

    @Test
    void aRotationWithSomeoneNotInTheGroupOrAPeriodTakenIsRefused() {
        Picture before = picture();

        assertThatThrownBy(() -> roster.roster().generate(new RosterCommand.GenerateRoster(LEAD_SUN, DESKTOP,
                LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-30"),
                List.of(ENGINEER_LIU.staffId(), SPECIALIST_HUANG.staffId()), List.of(DemoRoster.DAY))))
                .isInstanceOfSatisfying(NotInGroupException.class, e -> {
                    assertThat(e.messageIn(Locale.ENGLISH)).isEqualTo(
                            "Field engineers: E0201 is not a member of group desktop-first-line");
                    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                            "字段 engineers：E0201 不是组 desktop-first-line 的成员");
                });
        assertThatThrownBy(() -> roster.roster().generate(new RosterCommand.GenerateRoster(LEAD_SUN, DESKTOP,
                LocalDate.parse("2026-03-15"), LocalDate.parse("2026-04-15"), List.of(ENGINEER_LIU.staffId()),
                List.of(DemoRoster.DAY)))).isInstanceOf(RosterPeriodTakenException.class);
        assertThatThrownBy(() -> roster.roster().generate(new RosterCommand.GenerateRoster(LEAD_SUN, DESKTOP,
                LocalDate.parse("2026-04-30"), LocalDate.parse("2026-04-01"), List.of(ENGINEER_LIU.staffId()),
                List.of(DemoRoster.DAY)))).isInstanceOfSatisfying(InvalidCommandException.class,
                e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("to"));
        assertThat(picture()).isEqualTo(before);
    }

    @Test
    void commandsBreakingTheirConstraintsAreRefusedNamingTheFieldBeforeAnythingIsRead() {
        Picture before = picture();
        var lowerCase = new RosterCommand.ShiftDefinition("day", "白班", null, ShiftKind.DAY, LocalTime.of(8, 0),
                LocalTime.of(17, 30), false, ShiftDays.WORKING_DAYS, null);

        assertThatThrownBy(() -> roster.roster().defineShifts(new RosterCommand.DefineShifts(LEAD_SUN, DESKTOP, null,
                "Asia/Shanghai", DemoHospital.OFFICE_HOURS, List.of(lowerCase))))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("shifts[0].code"));
        assertThatThrownBy(() -> roster.roster().generate(new RosterCommand.GenerateRoster(LEAD_SUN, DESKTOP,
                LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-30"), List.of(), List.of(DemoRoster.DAY))))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("engineers"));
        assertThatThrownBy(() -> roster.roster().signHandover(new RosterCommand.SignHandover(ENGINEER_LIU, null, null,
                HandoverParty.OUTGOING))).isInstanceOfSatisfying(InvalidCommandException.class,
                e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("handover"));
        assertThat(picture()).isEqualTo(before);
    }

    // ---- edits -----------------------------------------------------------------------------

    @Test
    void anOverlappingDutyIsRefusedAndAStaleEditIsAConflict() {
        RosterView march = march();
        RosterEntry night = march.state().duties().stream().filter(d -> d.shift().equals(DemoRoster.NIGHT))
                .findFirst().orElseThrow();
        RosterEntry nextDay = march.state().duties().stream().filter(d -> d.shift().equals(DemoRoster.DAY)
                && d.date().equals(night.date()) && !d.engineer().equals(night.engineer())).findFirst().orElseThrow();
        Picture before = picture();

        assertThatThrownBy(() -> roster.roster().assign(new RosterCommand.AssignDuty(LEAD_SUN, march.id(),
                march.version(), night.engineer(), DemoRoster.NIGHT, night.date())))
                .isInstanceOfSatisfying(OverlappingDutiesException.class,
                        e -> assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("时间重叠"));
        assertThatThrownBy(() -> roster.roster().replace(new RosterCommand.ReplaceDuty(LEAD_SUN, march.id(),
                march.version() - 1, nextDay.engineer(), DemoRoster.DAY, nextDay.date(), night.engineer())))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> roster.roster().remove(new RosterCommand.RemoveDuty(ENGINEER_LIU, march.id(),
                march.version(), nextDay.engineer(), DemoRoster.DAY, nextDay.date())))
                .isInstanceOf(NotPermittedException.class);
        assertThat(picture()).isEqualTo(before);
    }

    @Test
    void afterTheLeadGivesEveryNightToOneEngineerTheRosterShowsTheImbalance() {
        RosterView view = march();
        for (RosterEntry night : view.state().duties().stream().filter(RosterEntry::night).toList()) {
            if (!night.engineer().equals(ENGINEER_LIU.staffId())) {
                try {
                    view = roster.roster().replace(new RosterCommand.ReplaceDuty(LEAD_SUN, view.id(), view.version(),
                            night.engineer(), night.shift(), night.date(), ENGINEER_LIU.staffId()));
                } catch (OverlappingDutiesException busy) {
                    // Liu holds a duty at that time: that night stays
                }
            }
        }

        assertThat(view.fair()).isFalse();
        RosterImbalance nights = view.imbalance().stream().filter(i -> i.count() == RosterImbalance.Count.NIGHT)
                .findFirst().orElseThrow();
        assertThat(nights.most()).containsExactly(ENGINEER_LIU.staffId());
        assertThat(nights.spread()).isGreaterThan(1);
        assertThat(roster.queries().roster(ENGINEER_ZHOU, view.id()).imbalance()).isEqualTo(view.imbalance());
    }

    // ---- swaps -----------------------------------------------------------------------------

    private RosterEntry dutyOf(RosterView view, org.itilhis.core.shared.Actor engineer, String shift) {
        return view.state().duties().stream().filter(d -> d.engineer().equals(engineer.staffId())
                && d.shift().equals(shift)).findFirst().orElseThrow();
    }

    @Test
    void aCoverRequestedByLiuAndApprovedBySunMovesTheDutyAndEachStepIsAnEvent() {
        RosterView march = march();
        RosterEntry liusDay = march.state().duties().stream().filter(d -> d.engineer().equals(ENGINEER_LIU.staffId())
                && march.state().duties().stream().noneMatch(z -> z.engineer().equals(ENGINEER_ZHOU.staffId())
                && z.overlaps(d))).findFirst().orElseThrow();

        SwapView requested = roster.roster().requestSwap(new RosterCommand.RequestSwap(ENGINEER_LIU, march.id(),
                SwapKind.COVER, liusDay.shift(), liusDay.date(), ENGINEER_ZHOU.staffId(), null, null, "child is ill"));
        assertThatThrownBy(() -> roster.roster().approveSwap(new RosterCommand.ApproveSwap(ENGINEER_ZHOU,
                requested.id(), null))).isInstanceOf(NotPermittedException.class);
        SwapView approved = roster.roster().approveSwap(new RosterCommand.ApproveSwap(LEAD_SUN, requested.id(),
                requested.version()));

        assertThat(approved.status()).isEqualTo(SwapStatus.APPROVED);
        assertThat(march().state().duties()).contains(liusDay.heldBy(ENGINEER_ZHOU.staffId()))
                .doesNotContain(liusDay);
        assertThat(desk.events.all()).extracting(DomainEvent::type)
                .endsWith("swap.requested", "swap.approved", "roster.duty-replaced");
        assertThat(roster.queries().swaps(ENGINEER_ZHOU, DESKTOP)).extracting(SwapView::id)
                .containsExactly(requested.id());
    }

    @Test
    void aSwapWithSomeoneNotInTheGroupIsRefusedAndAnApprovalMakingAnOverlapLeavesTheSwapRequested() {
        RosterView march = march();
        RosterEntry liusNight = dutyOf(march, ENGINEER_LIU, DemoRoster.NIGHT);
        Picture before = picture();

        assertThatThrownBy(() -> roster.roster().requestSwap(new RosterCommand.RequestSwap(ENGINEER_LIU, march.id(),
                SwapKind.COVER, liusNight.shift(), liusNight.date(), SPECIALIST_HUANG.staffId(), null, null, "")))
                .isInstanceOfSatisfying(NotInGroupException.class,
                        e -> assertThat(e.getMessage()).startsWith("Field counterpart: E0201"));
        assertThat(picture()).isEqualTo(before);

        // Zhou holds a duty at the time of Liu's day shift (the same shift, as second holder, if nothing else)
        RosterEntry liusDay = dutyOf(march, ENGINEER_LIU, DemoRoster.DAY);
        boolean zhouBusy = march.state().duties().stream().anyMatch(z -> z.engineer().equals(ENGINEER_ZHOU.staffId())
                && z.overlaps(liusDay));
        RosterView current = zhouBusy ? march : roster.roster().assign(new RosterCommand.AssignDuty(LEAD_SUN,
                march.id(), null, ENGINEER_ZHOU.staffId(), liusDay.shift(), liusDay.date()));
        SwapView requested = roster.roster().requestSwap(new RosterCommand.RequestSwap(ENGINEER_LIU, current.id(),
                SwapKind.COVER, liusDay.shift(), liusDay.date(), ENGINEER_ZHOU.staffId(), null, null, "exam"));
        RosterView unchanged = march();

        assertThatThrownBy(() -> roster.roster().approveSwap(new RosterCommand.ApproveSwap(LEAD_SUN, requested.id(),
                null))).isInstanceOf(OverlappingDutiesException.class);
        assertThat(roster.queries().swap(LEAD_SUN, requested.id()).status()).isEqualTo(SwapStatus.REQUESTED);
        assertThat(march()).isEqualTo(unchanged);
    }

    @Test
    void onlyTheRequesterWithdrawsAndARejectionSaysWhy() {
        RosterView march = march();
        RosterEntry liusDay = dutyOf(march, ENGINEER_LIU, DemoRoster.DAY);
        RosterEntry zhousNight = dutyOf(march, ENGINEER_ZHOU, DemoRoster.NIGHT);
        SwapView requested = roster.roster().requestSwap(new RosterCommand.RequestSwap(ENGINEER_LIU, march.id(),
                SwapKind.EXCHANGE, liusDay.shift(), liusDay.date(), ENGINEER_ZHOU.staffId(), zhousNight.shift(),
                zhousNight.date(), "swap a day for a night"));

        assertThatThrownBy(() -> roster.roster().withdrawSwap(new RosterCommand.WithdrawSwap(ENGINEER_ZHOU,
                requested.id(), null))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> roster.roster().rejectSwap(new RosterCommand.RejectSwap(LEAD_SUN, requested.id(),
                null, " "))).isInstanceOf(InvalidCommandException.class);
        SwapView rejected = roster.roster().rejectSwap(new RosterCommand.RejectSwap(LEAD_SUN, requested.id(), null,
                "the night before the audit"));

        assertThat(rejected.state()).extracting(SwapSnapshot::status, SwapSnapshot::decisionReason)
                .containsExactly(SwapStatus.REJECTED, Optional.of("the night before the audit"));
        assertThat(rejected.allowedActions()).isEmpty();
    }

    // ---- on call -------------------------------------------------------------------------------

    @Test
    void onSaturdayTheChainIsTheOnCallEngineerThenTheLeadAndNobodyIsOnCallOnAWeekdayMorning() {
        RosterView march = march();
        RosterEntry saturday = march.state().duties().stream().filter(d -> d.date().equals(LocalDate.parse(
                "2026-03-07"))).findFirst().orElseThrow();

        Optional<org.itilhis.ports.servicedesk.out.OnCallDuty> chain = roster.onCallRoster().onCall(DESKTOP,
                at("2026-03-07T10:00"));

        assertThat(chain).isPresent();
        assertThat(chain.get().chain().get(0)).isEqualTo(saturday.engineer());
        assertThat(chain.get().chain()).endsWith(LEAD_SUN.staffId()).doesNotHaveDuplicates();
        assertThat(chain.get().responseTime()).isEqualTo(Duration.ofMinutes(30));
        assertThat(chain.get().until()).isEqualTo(at("2026-03-08T08:00"));
        assertThat(roster.onCallRoster().onCall(DESKTOP, at("2026-03-09T10:00"))).isEmpty();
    }

    @Test
    void anEngineerWhoLeftTheGroupSinceTheRosterWasMadeIsNotPagedTheLeadIs() {
        RosterEntry saturday = march().state().duties().stream().filter(d -> d.date().equals(LocalDate.parse(
                "2026-03-07"))).findFirst().orElseThrow();
        AssignmentGroup desktop = desk.directory.group(DESKTOP).orElseThrow();
        desk.directory.add(new AssignmentGroup(desktop.id(), desktop.name(), desktop.tier(), desktop.lead(),
                desktop.members().stream().filter(member -> !member.equals(saturday.engineer()))
                        .collect(ImmutableSet.toImmutableSet())));

        Optional<org.itilhis.ports.servicedesk.out.OnCallDuty> chain = roster.onCallRoster().onCall(DESKTOP,
                at("2026-03-07T10:00"));

        assertThat(chain).map(org.itilhis.ports.servicedesk.out.OnCallDuty::chain).get().asList()
                .doesNotContain(saturday.engineer()).containsExactly(LEAD_SUN.staffId());
    }

    @Test
    void aSecondOnCallEngineerComesBeforeTheLead() {
        RosterView march = march();
        RosterEntry saturday = march.state().duties().stream().filter(d -> d.date().equals(LocalDate.parse(
                "2026-03-07"))).findFirst().orElseThrow();
        var second = List.of(ENGINEER_LIU, ENGINEER_ZHOU, LEAD_SUN).stream().map(a -> a.staffId())
                .filter(e -> !e.equals(saturday.engineer()) && march.state().duties().stream()
                        .noneMatch(d -> d.engineer().equals(e) && d.overlaps(saturday))).findFirst().orElseThrow();
        roster.roster().assign(new RosterCommand.AssignDuty(LEAD_SUN, march.id(), null, second, saturday.shift(),
                saturday.date()));
        desk.clock.advance(Duration.between(desk.clock.instant(), at("2026-03-07T10:00")));

        Optional<OnCallView> now = roster.queries().onCallNow(AGENT_CHEN, DESKTOP);

        assertThat(now).map(OnCallView::chain).get().asList().startsWith(saturday.engineer(), second);
    }

    @Test
    void theDutiesOfAPeriodAreTheRostersAsItStands() {
        List<Duty> duties = roster.duties().overlapping(Set.of(ENGINEER_LIU.staffId()), at("2026-03-01T00:00"),
                at("2026-04-01T00:00"));

        assertThat(duties).isNotEmpty().allMatch(d -> d.engineer().equals(ENGINEER_LIU.staffId()));
        assertThat(duties).isEqualTo(roster.queries().dutiesOf(ENGINEER_LIU, ENGINEER_LIU.staffId(),
                at("2026-03-01T00:00"), at("2026-04-01T00:00")));
        assertThat(roster.queries().dutiesOf(SPECIALIST_HUANG, ENGINEER_LIU.staffId(), at("2026-03-01T00:00"),
                at("2026-04-01T00:00"))).isEmpty();
    }

    // ---- handovers -----------------------------------------------------------------------------

    @Test
    void aHandoverListsTheGroupsOpenTicketsAndNotesAndIsSignedByBothEachTheirPart() {
        TicketView printer = hospital.printerIncident();
        Instant change = at("2026-03-02T17:30");

        HandoverView written = roster.roster().writeHandover(new RosterCommand.WriteHandover(ENGINEER_LIU, DESKTOP,
                ENGINEER_LIU.staffId(), ENGINEER_ZHOU.staffId(), change, List.of("ward 5 printer waits for a part")));

        assertThat(written.state().items()).containsExactly(
                HandoverItem.ticket(printer.number().toString(), "Label printer jams"),
                HandoverItem.note("ward 5 printer waits for a part"));
        assertThatThrownBy(() -> roster.roster().signHandover(new RosterCommand.SignHandover(ENGINEER_LIU,
                written.id(), null, HandoverParty.INCOMING))).isInstanceOfSatisfying(NotAHandoverPartyException.class,
                e -> assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("接班"));
        roster.roster().signHandover(new RosterCommand.SignHandover(ENGINEER_LIU, written.id(), null,
                HandoverParty.OUTGOING));
        HandoverView signed = roster.roster().signHandover(new RosterCommand.SignHandover(ENGINEER_ZHOU,
                written.id(), null, HandoverParty.INCOMING));

        assertThat(signed.signedByBoth()).isTrue();
        assertThat(desk.events.all()).extracting(DomainEvent::type)
                .endsWith("handover.written", "handover.signed", "handover.signed");
    }

    @Test
    void aHandoverNotSignedByBothWithinTheGraceIsFlaggedToTheLeadOnce() {
        Instant change = at("2026-03-02T17:30");
        HandoverView written = roster.roster().writeHandover(new RosterCommand.WriteHandover(ENGINEER_LIU, DESKTOP,
                ENGINEER_LIU.staffId(), ENGINEER_ZHOU.staffId(), change, List.of()));
        roster.roster().signHandover(new RosterCommand.SignHandover(ENGINEER_LIU, written.id(), null,
                HandoverParty.OUTGOING));
        desk.clock.advance(Duration.between(desk.clock.instant(), at("2026-03-02T18:30")));
        assertThat(roster.handoverCheck().run()).isZero();

        desk.clock.advance(Duration.ofMinutes(1));
        assertThat(roster.handoverCheck().run()).isEqualTo(1);
        assertThat(roster.handoverCheck().run()).isZero();

        assertThat(desk.notifier.sent()).filteredOn(n -> n.topic().equals(HandoverCheck.TOPIC)).singleElement()
                .satisfies(n -> assertThat(n.recipient()).isEqualTo(LEAD_SUN.staffId()));
        assertThat(roster.queries().unsignedHandovers(LEAD_SUN)).extracting(HandoverView::id)
                .containsExactly(written.id());
        assertThat(roster.queries().unsignedHandovers(SPECIALIST_HUANG)).isEmpty();
        assertThat(roster.queries().handover(DIRECTOR_GAO, written.id()).state().flaggedAt()).isPresent();
    }
}
