package org.itilhis.ports.change.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.ports.change.service.ChangeDesk.PRINTER_SWAP;
import static org.itilhis.testkit.DemoHospital.CHANGE_MANAGER_LIN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.HEAD_NURSE_HAN;
import static org.itilhis.testkit.DemoHospital.LEAD_WU;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.change.CabRole;
import org.itilhis.core.change.ChangeAdvisoryBoard;
import org.itilhis.core.change.ChangeTemplate;
import org.itilhis.core.change.RiskLevel;
import org.itilhis.core.change.WeeklyWindow;
import org.itilhis.core.change.schedule.ChangeConfigurationEvent;
import org.itilhis.core.change.schedule.ChangeConfigurationEvent.BoardDefined;
import org.itilhis.core.change.schedule.ChangeConfigurationEvent.TemplateDefined;
import org.itilhis.core.change.schedule.ChangeConfigurationEvent.WindowDefined;
import org.itilhis.core.change.schedule.ChangeConfigurationEvent.WindowRemoved;
import org.itilhis.core.change.schedule.ChangeWindow;
import org.itilhis.core.change.schedule.ChangeWindowEndsBeforeStartException;
import org.itilhis.core.change.schedule.ChangeWindowId;
import org.itilhis.core.change.schedule.WindowKind;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.change.in.ChangeConfigurationCommand;
import org.itilhis.ports.change.in.ChangeConfigurationUseCase;
import org.itilhis.ports.change.in.ChangeWindowNotFoundException;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.configuration.in.CiNotFoundException;
import org.junit.jupiter.api.Test;

/**
 * The change configuration leaves a trace: each board, template and window defined, and each
 * window removed, is one event in the log naming who, when, the value and the one it replaced;
 * a refused definition stores nothing and records nothing.
 */
class ChangeConfigurationServiceTest {
    private static final ChangeWindowId FREEZE = ChangeWindowId.of("spring-festival-freeze");

    private final ChangeDesk desk = new ChangeDesk();
    private final ChangeConfigurationUseCase configuration = desk.hospital.desk.changes.configuration();

    @Test
    void theDesksConfigurationIsInTheLogOneEventADefinitionByTheChangeManager() {
        assertThat(configurationEvents()).extracting(DomainEvent::type).containsExactly(
                "change-configuration.board-defined", "change-configuration.board-defined",
                "change-configuration.template-defined", "change-configuration.window-defined");
        assertThat(configurationEvents()).allSatisfy(event -> {
            assertThat(event.actor()).isEqualTo(CHANGE_MANAGER_LIN.staffId());
            assertThat(event.occurredAt()).isEqualTo(desk.hospital.desk.clock.instant());
        });
        assertThat(configurationEvents()).extracting(DomainEvent::aggregateId).containsExactly(
                ChangeConfigurationEvent.BOARDS, ChangeConfigurationEvent.BOARDS, ChangeConfigurationEvent.TEMPLATES,
                ChangeConfigurationEvent.WINDOWS);
        BoardDefined cab = (BoardDefined) configurationEvents().get(0);
        assertThat(cab.board()).isEqualTo(desk.hospital.desk.boards.find(ChangeSettings.CAB)
                .orElseThrow());
        assertThat(cab.previous()).isEmpty();
    }

    @Test
    void redefiningTheCabRecordsTheNewMembersAndTheOldOnesWithWhoAndWhen() {
        ChangeAdvisoryBoard before = board(ChangeSettings.CAB);
        desk.hospital.desk.clock.advance(Duration.ofDays(3));
        int logged = desk.events().size();

        ChangeAdvisoryBoard after = configuration.defineBoard(new ChangeConfigurationCommand.DefineBoard(
                CHANGE_MANAGER_LIN, ChangeSettings.CAB, "Change advisory board 变更咨询委员会", false, Map.of(
                        CHANGE_MANAGER_LIN.staffId(), Set.of(CabRole.CHANGE_MANAGER),
                        DIRECTOR_GAO.staffId(), Set.of(CabRole.IT_DIRECTOR),
                        LEAD_WU.staffId(), Set.of(CabRole.GROUP_LEAD))));

        assertThat(desk.events()).hasSize(logged + 1);
        assertThat(desk.events().get(logged)).isEqualTo(new BoardDefined(after, Optional.of(before),
                CHANGE_MANAGER_LIN.staffId(), desk.hospital.desk.clock.instant()));
        assertThat(((BoardDefined) desk.events().get(logged)).previous().orElseThrow().members())
                .containsKey(HEAD_NURSE_HAN.staffId());
        assertThat(desk.hospital.desk.events.history(ChangeConfigurationEvent.BOARDS)).hasSize(3).last()
                .isEqualTo(desk.events().get(logged));
    }

    @Test
    void redefiningABoardAsItIsStillRecordsWhoStatedItAgain() {
        ChangeAdvisoryBoard ecab = board(ChangeSettings.ECAB);
        int logged = desk.events().size();

        configuration.defineBoard(new ChangeConfigurationCommand.DefineBoard(CHANGE_MANAGER_LIN, ecab.id(),
                ecab.name(), ecab.emergency(), Map.copyOf(ecab.members())));

        assertThat(desk.events()).hasSize(logged + 1).last().isEqualTo(new BoardDefined(ecab, Optional.of(ecab),
                CHANGE_MANAGER_LIN.staffId(), desk.hospital.desk.clock.instant()));
    }

    @Test
    void redefiningATemplateRecordsItsNewScopeAndTheOldOne() {
        ChangeTemplate before = desk.hospital.desk.templates.find(PRINTER_SWAP).orElseThrow();
        int logged = desk.events().size();

        ChangeTemplate after = configuration.defineTemplate(new ChangeConfigurationCommand.DefineTemplate(
                CHANGE_MANAGER_LIN, PRINTER_SWAP, "Swap a ward printer 更换病区打印机", Set.of("printer"),
                Set.of(desk.printer()), List.of(WeeklyWindow.weekdays(LocalTime.of(13, 0), LocalTime.of(17, 0))),
                RiskLevel.LOW));

        assertThat(desk.events()).hasSize(logged + 1).last().isEqualTo(new TemplateDefined(after,
                Optional.of(before), CHANGE_MANAGER_LIN.staffId(), desk.hospital.desk.clock.instant()));
        assertThat(after.cis()).containsExactly(desk.printer());
    }

    @Test
    void theSpringFestivalFreezeDefinedMovedAndRemovedIsThreeEventsEachWithTheWindow() {
        int logged = desk.events().size();
        ChangeWindow defined = configuration.defineWindow(freeze("2027-02-05T18:00", "2027-02-13T08:00"));
        Instant definedAt = desk.hospital.desk.clock.instant();
        desk.hospital.desk.clock.advance(Duration.ofHours(2));
        ChangeWindow moved = configuration.defineWindow(freeze("2027-02-04T18:00", "2027-02-13T08:00"));
        Instant movedAt = desk.hospital.desk.clock.instant();
        desk.hospital.desk.clock.advance(Duration.ofHours(2));
        configuration.removeWindow(new ChangeConfigurationCommand.RemoveWindow(CHANGE_MANAGER_LIN, FREEZE));

        StaffId lin = CHANGE_MANAGER_LIN.staffId();
        assertThat(desk.events().subList(logged, desk.events().size())).containsExactly(
                new WindowDefined(defined, Optional.empty(), lin, definedAt),
                new WindowDefined(moved, Optional.of(defined), lin, movedAt),
                new WindowRemoved(moved, lin, desk.hospital.desk.clock.instant()));
        assertThat(desk.hospital.desk.changeWindows.find(FREEZE)).isEmpty();
        assertThat(desk.hospital.desk.events.history(ChangeConfigurationEvent.WINDOWS)).extracting(DomainEvent::type)
                .containsExactly("change-configuration.window-defined", "change-configuration.window-defined",
                        "change-configuration.window-defined", "change-configuration.window-removed");
    }

    @Test
    void aRefusedDefinitionOrRemovalStoresNothingAndRecordsNothing() {
        ChangeAdvisoryBoard cab = board(ChangeSettings.CAB);
        List<DomainEvent> before = List.copyOf(desk.events());
        CiId unknown = new CiId(UUID.randomUUID());

        // not the change manager
        assertThatThrownBy(() -> configuration.defineBoard(new ChangeConfigurationCommand.DefineBoard(
                SPECIALIST_HUANG, ChangeSettings.CAB, "Huang's board", false,
                Map.of(SPECIALIST_HUANG.staffId(), Set.of(CabRole.GROUP_LEAD)))))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> configuration.removeWindow(new ChangeConfigurationCommand.RemoveWindow(
                LEAD_WU, ChangeWindowId.of("his-outpatient-peak")))).isInstanceOf(NotPermittedException.class);
        // an item not in the CMDB, a member not in the directory
        assertThatThrownBy(() -> configuration.defineWindow(new ChangeConfigurationCommand.DefineWindow(
                CHANGE_MANAGER_LIN, FREEZE, "Spring Festival freeze 春节封网", WindowKind.BLACKOUT, Set.of(unknown),
                new ChangeWindow.Timing.Dated(LocalDateTime.parse("2027-02-05T18:00"),
                        LocalDateTime.parse("2027-02-13T08:00")), null, null)))
                .isInstanceOf(CiNotFoundException.class);
        assertThatThrownBy(() -> configuration.defineTemplate(new ChangeConfigurationCommand.DefineTemplate(
                CHANGE_MANAGER_LIN, "unknown-item-swap", "Swap it", Set.of(), Set.of(unknown),
                List.of(WeeklyWindow.weekdays(LocalTime.of(14, 0), LocalTime.of(17, 0))), RiskLevel.LOW)))
                .isInstanceOf(CiNotFoundException.class);
        assertThatThrownBy(() -> configuration.defineBoard(new ChangeConfigurationCommand.DefineBoard(
                CHANGE_MANAGER_LIN, ChangeSettings.CAB, "Change advisory board", false,
                Map.of(StaffId.of("X9999"), Set.of(CabRole.GROUP_LEAD)))))
                .isInstanceOf(InvalidCommandException.class);
        // an invalid command, a broken rule of the core
        assertThatThrownBy(() -> configuration.defineBoard(new ChangeConfigurationCommand.DefineBoard(
                CHANGE_MANAGER_LIN, ChangeSettings.CAB, " ", false, Map.of())))
                .isInstanceOf(InvalidCommandException.class);
        assertThatThrownBy(() -> configuration.defineWindow(freeze("2027-02-13T08:00", "2027-02-05T18:00")))
                .isInstanceOf(ChangeWindowEndsBeforeStartException.class);
        // an unknown window to remove
        assertThatThrownBy(() -> configuration.removeWindow(new ChangeConfigurationCommand.RemoveWindow(
                CHANGE_MANAGER_LIN, FREEZE))).isInstanceOf(ChangeWindowNotFoundException.class);

        assertThat(desk.events()).isEqualTo(before);
        assertThat(board(ChangeSettings.CAB)).isEqualTo(cab);
        assertThat(desk.hospital.desk.changeWindows.find(FREEZE)).isEmpty();
        assertThat(desk.hospital.desk.templates.find("unknown-item-swap")).isEmpty();
    }

    private ChangeConfigurationCommand.DefineWindow freeze(String from, String to) {
        return new ChangeConfigurationCommand.DefineWindow(CHANGE_MANAGER_LIN, FREEZE, "Spring Festival freeze 春节封网",
                WindowKind.BLACKOUT, Set.of(desk.estate.outpatientRegistration(), desk.hisServer(1)),
                new ChangeWindow.Timing.Dated(LocalDateTime.parse(from), LocalDateTime.parse(to)),
                LocalDate.parse("2027-01-01"), null);
    }

    private ChangeAdvisoryBoard board(org.itilhis.core.change.CabId id) {
        return desk.hospital.desk.boards.find(id).orElseThrow();
    }

    private List<DomainEvent> configurationEvents() {
        return desk.events().stream().filter(ChangeConfigurationEvent.class::isInstance).toList();
    }
}
