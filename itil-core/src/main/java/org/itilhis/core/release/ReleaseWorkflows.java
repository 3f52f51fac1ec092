package org.itilhis.core.release;

import static org.itilhis.core.release.ReleaseAction.BUNDLE_CHANGE;
import static org.itilhis.core.release.ReleaseAction.CANCEL;
import static org.itilhis.core.release.ReleaseAction.CLOSE;
import static org.itilhis.core.release.ReleaseAction.COMPLETE;
import static org.itilhis.core.release.ReleaseAction.DEPLOY;
import static org.itilhis.core.release.ReleaseAction.GO;
import static org.itilhis.core.release.ReleaseAction.NO_GO;
import static org.itilhis.core.release.ReleaseAction.ROLL_BACK;
import static org.itilhis.core.release.ReleaseAction.START;
import static org.itilhis.core.release.ReleaseAction.UNBUNDLE_CHANGE;
import static org.itilhis.core.release.ReleaseStatus.CANCELLED;
import static org.itilhis.core.release.ReleaseStatus.CLOSED;
import static org.itilhis.core.release.ReleaseStatus.DEPLOYED;
import static org.itilhis.core.release.ReleaseStatus.HALTED;
import static org.itilhis.core.release.ReleaseStatus.IN_PROGRESS;
import static org.itilhis.core.release.ReleaseStatus.PLANNED;
import static org.itilhis.core.release.ReleaseStatus.ROLLED_BACK;

import java.util.HashSet;
import java.util.Set;
import org.itilhis.core.workflow.Guard;
import org.itilhis.core.workflow.Workflow;

/**
 * The lifecycle of a release, declared as data:
 * <pre>
 * PLANNED -bundle / unbundle change-> PLANNED -start [a change bundled]-> IN_PROGRESS
 * IN_PROGRESS -go / deploy-> IN_PROGRESS -complete [every stage entered]-> DEPLOYED -close-> CLOSED
 * IN_PROGRESS -no-go-> HALTED
 * IN_PROGRESS, HALTED or DEPLOYED -roll back [something deployed]-> ROLLED_BACK
 * PLANNED, IN_PROGRESS or HALTED -cancel [nothing deployed]-> CANCELLED
 * </pre>
 * Decisions:
 * <ul>
 *   <li>The bundle is frozen when the release starts: what was tested in the early stages is
 *       what goes hospital-wide. A change found missing makes a new release.</li>
 *   <li>Stages are entered by go decisions given in the order of the release's
 *       {@link StagePlan}, within IN_PROGRESS; the order, "each stage decided once" and the
 *       approved changes of the hospital-wide go are checked by {@link Release#go}, because
 *       they depend on the command's stage and facts, not on the release alone.</li>
 *   <li>A no-go is final: the release halts and is rolled back (something was deployed) or
 *       cancelled (nothing was). Trying again is a new release, so every release's history
 *       reads as one straight line.</li>
 *   <li>A release with deployments is never cancelled (the CMDB would keep versions nobody
 *       answers for); one without deployments is never rolled back (there is nothing to set
 *       back). ROLLED_BACK is terminal: the changes it carried are for change management to
 *       mark backed out.</li>
 *   <li>Every decision, rollback and cancellation says why (required field {@code reason}).</li>
 * </ul>
 */
public final class ReleaseWorkflows {
    public static final String REASON = "reason";
    public static final String STAGE = "stage";
    public static final String DEPLOYED_VERSION = "deployedVersion";

    /** A release takes something to the hospital: at least one change. */
    public static final Guard<Release> CHANGES_BUNDLED = Guard.of("changes-bundled",
            "at least one change is bundled", r -> !r.changes().isEmpty());

    /** Deployed means the release went through all of its stages. */
    public static final Guard<Release> EVERY_STAGE_ENTERED = Guard.of("every-stage-entered",
            "every stage has its go", Release::everyStageEntered);

    /** A rollback sets deployed items back: there must be some. */
    public static final Guard<Release> SOMETHING_DEPLOYED = Guard.of("something-deployed",
            "a deployment is recorded", r -> !r.deployments().isEmpty());

    /** A release that changed items is rolled back, not cancelled. */
    public static final Guard<Release> NOTHING_DEPLOYED = Guard.of("nothing-deployed",
            "no deployment is recorded", r -> r.deployments().isEmpty());

    public static final Workflow<ReleaseStatus, ReleaseAction, Release> RELEASE = declare();

    private ReleaseWorkflows() {
    }

    /** The names of the fields whose values are given: not null, and not blank for text; in pairs. */
    static Set<String> present(Object... namesAndValues) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null && !(value instanceof String text && text.isBlank())) {
                names.add((String) namesAndValues[i]);
            }
        }
        return names;
    }

    private static Workflow<ReleaseStatus, ReleaseAction, Release> declare() {
        return Workflow.<ReleaseStatus, ReleaseAction, Release>builder("release", ReleaseStatus.class,
                        ReleaseAction.class)
                .initial(PLANNED)
                .terminal(CLOSED, ROLLED_BACK, CANCELLED)
                .field(REASON, "why, in the actor's words")
                .field(STAGE, "the stage of the release")
                .field(DEPLOYED_VERSION, "the software version deployed")
                .on(BUNDLE_CHANGE).from(PLANNED).stay()
                .on(UNBUNDLE_CHANGE).from(PLANNED).stay()
                .on(START).from(PLANNED).when(CHANGES_BUNDLED).to(IN_PROGRESS)
                .on(GO).from(IN_PROGRESS).requires(STAGE, REASON).stay()
                .on(NO_GO).from(IN_PROGRESS).requires(STAGE, REASON).to(HALTED)
                .on(DEPLOY).from(IN_PROGRESS).requires(STAGE, DEPLOYED_VERSION).stay()
                .on(COMPLETE).from(IN_PROGRESS).when(EVERY_STAGE_ENTERED).to(DEPLOYED)
                .on(ROLL_BACK).from(IN_PROGRESS, HALTED, DEPLOYED).requires(REASON).when(SOMETHING_DEPLOYED)
                        .to(ROLLED_BACK)
                .on(CLOSE).from(DEPLOYED).to(CLOSED)
                .on(CANCEL).from(PLANNED, IN_PROGRESS, HALTED).requires(REASON).when(NOTHING_DEPLOYED)
                        .to(CANCELLED)
                .build();
    }
}
