package org.itilhis.core.release;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.workflow.GuardFailedException;
import org.itilhis.core.workflow.IllegalTransitionException;
import org.itilhis.core.workflow.MissingRequiredFieldException;

/**
 * One of each refusal release management can throw, for the message catalogue's test
 * ({@code shared.MessagesTest}), which reads every refusal of core in both languages.
 */
public final class ReleaseRefusals {
    private static final ReleaseNumber RELEASE = ReleaseNumber.of(2026, 3);
    private static final CiId PACS_CLIENT = new CiId(new UUID(5, 1));

    private ReleaseRefusals() {
    }

    public static Stream<DomainException> everyRefusal() {
        BundledChange unapproved = BundledChange.of(new ChangeId(new UUID(4, 2)), ChangeNumber.of(2026, 12),
                ChangeStanding.NOT_APPROVED);
        return Stream.of(
                new UnknownStageException(RELEASE, "night-shift", StagePlan.hospitalDefault().names()),
                new StageOutOfOrderException(RELEASE, "hospital-wide", "pilot-ward"),
                new StageAlreadyDecidedException(RELEASE, new StageDecision("test", StageVerdict.GO,
                        "all test cases passed", StaffId.of("RM0001"), Instant.parse("2026-04-01T09:00:00Z"))),
                new StageNotEnteredException(RELEASE, "pilot-ward", List.of("build", "test")),
                new StageNotEnteredException(RELEASE, "build", List.of()),
                new UnapprovedChangesException(RELEASE, "hospital-wide", List.of(unapproved)),
                new UnfinishedChangesException(RELEASE, List.of(unapproved)),
                new RestoreVersionUnknownException(RELEASE, List.of(PACS_CLIENT)),
                new RestoreVersionNotNeededException(RELEASE, List.of(PACS_CLIENT)),
                new IllegalTransitionException("release", ReleaseStatus.ROLLED_BACK, ReleaseAction.DEPLOY, List.of()),
                new IllegalTransitionException("release", ReleaseStatus.PLANNED, ReleaseAction.DEPLOY,
                        List.of(ReleaseAction.BUNDLE_CHANGE, ReleaseAction.UNBUNDLE_CHANGE, ReleaseAction.START,
                                ReleaseAction.CANCEL)),
                new MissingRequiredFieldException("release", ReleaseAction.DEPLOY, ReleaseWorkflows.DEPLOYED_VERSION),
                new MissingRequiredFieldException("release", ReleaseAction.GO, ReleaseWorkflows.STAGE),
                new GuardFailedException("release", ReleaseAction.START, ReleaseWorkflows.CHANGES_BUNDLED),
                new GuardFailedException("release", ReleaseAction.COMPLETE, ReleaseWorkflows.EVERY_STAGE_ENTERED),
                new GuardFailedException("release", ReleaseAction.ROLL_BACK, ReleaseWorkflows.SOMETHING_DEPLOYED),
                new GuardFailedException("release", ReleaseAction.CANCEL, ReleaseWorkflows.NOTHING_DEPLOYED));
    }
}
