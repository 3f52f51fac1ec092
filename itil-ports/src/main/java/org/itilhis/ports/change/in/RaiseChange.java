package org.itilhis.ports.change.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.itilhis.core.change.ChangeModel;
import org.itilhis.core.change.ExpectedOutage;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * Raises a request for change, in DRAFT, the actor as its requester. A {@code NORMAL} or
 * {@code EMERGENCY} change names no template; a {@code STANDARD} change names its template's
 * {@code template} code, and its touched items (by their CMDB class) and window must lie inside
 * the template. Every touched item must exist in the CMDB. The planned window runs from {@code
 * windowStart} (inclusive) to {@code windowEnd} (exclusive); the expected outage is {@code
 * outage}, with {@code outageDuration} exactly when it is {@code FOR_DURATION}. The backout and
 * test plans may wait for the draft's revision, but a change is submitted only with both. Needs
 * {@code RAISE_CHANGE} on {@code group}.
 *
 * @param template       the standard change template's code; null for a normal or emergency change
 * @param backoutPlan    null or blank while not written yet
 * @param testPlan       null or blank while not written yet
 * @param outageDuration null unless {@code outage} is {@code FOR_DURATION}
 * @param manager        the change manager who owns the change
 */
public record RaiseChange(@NotNull Actor actor, @NotNull ChangeModel model,
                          @Size(max = 100) @Pattern(regexp = "[a-z][a-z0-9]*(?:-[a-z0-9]+)*") String template,
                          @NotBlank @Size(max = 200) String summary, @NotBlank @Size(max = 8000) String description,
                          @NotBlank @Size(max = 8000) String implementationPlan,
                          @Size(max = 8000) String backoutPlan, @Size(max = 8000) String testPlan,
                          @NotEmpty @Size(max = 200) Set<@NotNull CiId> touchedCis,
                          @NotNull Instant windowStart, @NotNull Instant windowEnd,
                          @NotNull ExpectedOutage.Kind outage, Duration outageDuration,
                          @NotNull GroupId group, @NotNull StaffId manager) {
    public RaiseChange {
        touchedCis = touchedCis == null ? Set.of() : Set.copyOf(touchedCis);
    }
}
