package org.itilhis.ports.release.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.release.Release;
import org.itilhis.core.release.SoftwareVersion;
import org.itilhis.core.release.StagePlan;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.StaffId;

/**
 * Plans a release: the software version it delivers ({@code HIS 5.3.2}), what it is about, its
 * release manager, its stages and the changes it bundles first (each must exist in change
 * management). Needs {@code MANAGE_RELEASE}.
 *
 * @param stages             the stage names in order (kebab-case); empty or null for the
 *                           hospital default (build, test, pilot ward, hospital-wide)
 * @param hospitalWideStage  the stage that reaches every ward, when not the last; null for the last
 * @param changes            empty or null for none yet
 */
public record PlanRelease(@NotNull Actor actor,
                          @NotBlank @Size(max = SoftwareVersion.MAX_LENGTH) String version,
                          @NotBlank @Size(max = Release.MAX_TEXT) String summary,
                          @NotNull StaffId manager,
                          @Size(max = StagePlan.MAX_STAGES)
                          List<@NotNull @Pattern(regexp = STAGE_NAME, message = STAGE_MESSAGE) String> stages,
                          @Pattern(regexp = STAGE_NAME, message = STAGE_MESSAGE) String hospitalWideStage,
                          @Size(max = 100) Set<@NotNull ChangeId> changes) {
    /** What a stage name looks like: kebab-case, at most 40 characters ({@code pilot-ward}). */
    public static final String STAGE_NAME = "[a-z][a-z0-9-]{0,39}";
    /** The key of the message of a malformed stage name, in the adapters' message bundles. */
    static final String STAGE_MESSAGE = "{itilhis.release.stage-name}";

    public PlanRelease {
        // copies that keep a null element, so that validation names it instead of a NullPointerException
        stages = stages == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(stages));
        changes = changes == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(changes));
    }

    /** A release on the hospital's default stages. */
    public static PlanRelease onDefaultStages(Actor actor, String version, String summary, StaffId manager,
                                              Set<ChangeId> changes) {
        return new PlanRelease(actor, version, summary, manager, List.of(), null, changes);
    }
}
