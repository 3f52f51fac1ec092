package org.itilhis.core.shared;

import org.itilhis.core.backup.BackupKind;
import org.itilhis.core.backup.BackupOutcome;
import org.itilhis.core.backup.RestoreResult;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.itilhis.core.access.Permission;
import org.itilhis.core.change.CabDecision;
import org.itilhis.core.change.CabRole;
import org.itilhis.core.change.ChangeAction;
import org.itilhis.core.change.ChangeModel;
import org.itilhis.core.change.ChangeStatus;
import org.itilhis.core.change.Consequence;
import org.itilhis.core.change.IncidentRelation;
import org.itilhis.core.change.schedule.ConflictKind;
import org.itilhis.core.change.schedule.WindowKind;
import org.itilhis.core.change.Likelihood;
import org.itilhis.core.change.RiskLevel;
import org.itilhis.core.cmdb.CiAction;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.contact.ContactAction;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.contact.ContactStatus;
import org.itilhis.core.knowledge.ArticleAction;
import org.itilhis.core.knowledge.ArticleStatus;
import org.itilhis.core.knowledge.ContentLanguage;
import org.itilhis.core.knowledge.KnowledgeAudience;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.problem.CauseCategory;
import org.itilhis.core.problem.MatchKind;
import org.itilhis.core.problem.ProblemAction;
import org.itilhis.core.problem.ProblemStatus;
import org.itilhis.core.release.ChangeStanding;
import org.itilhis.core.release.ReleaseAction;
import org.itilhis.core.release.ReleaseStatus;
import org.itilhis.core.repair.RepairAction;
import org.itilhis.core.repair.RepairStatus;
import org.itilhis.core.release.StageVerdict;
import org.itilhis.core.ticket.HoldReason;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.ticket.TicketAction;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.core.workflow.IllegalTransitionException;
import org.itilhis.core.machineroom.ReadingSource;
import org.itilhis.core.machineroom.RoomEventKind;
import org.itilhis.core.inspection.ItemKind;
import org.itilhis.core.inspection.RoundStanding;
import org.itilhis.core.inspection.RoundStatus;
import org.junit.jupiter.api.Test;

class EnumLabelsTest {
    private static final List<Class<? extends Enum<?>>> SHOWN_TO_PEOPLE = List.of(TicketType.class, TicketStatus.class,
            TicketAction.class, ContactStatus.class, ContactAction.class, ContactChannel.class, HoldReason.class,
            SupportTier.class, ResolutionCode.class, ServiceCriticality.class, Priority.class, Role.class,
            Permission.class, CiStatus.class, CiAction.class, ProblemStatus.class, ProblemAction.class,
            CauseCategory.class, MatchKind.class, ArticleStatus.class, ArticleAction.class, KnowledgeAudience.class,
            ContentLanguage.class, ChangeModel.class, ChangeStatus.class, ChangeAction.class, CabRole.class,
            CabDecision.class, RiskLevel.class, Likelihood.class, Consequence.class, IncidentRelation.class,
            ReleaseStatus.class, ReleaseAction.class, StageVerdict.class, ChangeStanding.class,
            ConflictKind.class, WindowKind.class,
            ReadingSource.class, RoomEventKind.class,
            ItemKind.class, RoundStatus.class, RoundStanding.class,
            BackupKind.class, BackupOutcome.class, RestoreResult.class,
            org.itilhis.core.stock.StockKind.class, org.itilhis.core.stock.RecipientKind.class,
            RepairStatus.class, RepairAction.class);

    @Test
    void everyEnumShownToPeopleHasALabelInEnglishAndChinese() {
        List<Enum<?>> constants = SHOWN_TO_PEOPLE.stream()
                .flatMap(type -> Stream.of(type.getEnumConstants()))
                .<Enum<?>>map(constant -> constant)
                .toList();

        assertThat(constants).allSatisfy(constant -> {
            Text label = Text.label(constant);
            assertThat(Messages.text(label.key(), Locale.ENGLISH)).as(label.key()).isPresent();
            assertThat(Messages.label(constant, Locale.SIMPLIFIED_CHINESE)).as(label.key())
                    .containsPattern("\\p{IsHan}");
        });
    }

    @Test
    void anIllegalStepNamesStatesAndActionsInTheReadersLanguage() {
        DomainException refusal = new IllegalTransitionException("incident",
                TicketStatus.CLOSED, TicketAction.REOPEN, List.of());

        assertThat(refusal.messageIn(Locale.ENGLISH)).isEqualTo("incident: cannot reopen while closed; allowed now: -");
        assertThat(refusal.messageIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("事件：当前状态为“已关闭”，不能重开；现在允许的操作：-");
    }

    @Test
    void allowedActionsAreListedInTheReadersLanguage() {
        DomainException refusal = new IllegalTransitionException("incident",
                TicketStatus.RESOLVED, TicketAction.START, List.of(TicketAction.CONFIRM, TicketAction.REOPEN));

        assertThat(refusal.messageIn(Locale.ENGLISH)).endsWith("allowed now: confirm, reopen");
        assertThat(refusal.messageIn(Locale.SIMPLIFIED_CHINESE)).endsWith("现在允许的操作：确认、重开");
    }
}
