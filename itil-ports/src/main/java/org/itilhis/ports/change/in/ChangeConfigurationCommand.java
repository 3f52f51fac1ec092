package org.itilhis.ports.change.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itilhis.core.access.Permission;
import org.itilhis.core.change.CabId;
import org.itilhis.core.change.CabRole;
import org.itilhis.core.change.RiskLevel;
import org.itilhis.core.change.WeeklyWindow;
import org.itilhis.core.change.schedule.ChangeWindow;
import org.itilhis.core.change.schedule.ChangeWindowId;
import org.itilhis.core.change.schedule.WindowKind;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.StaffId;

/**
 * A command on the change configuration, kept as data: the advisory boards, the standard change
 * templates and the blackout and maintenance windows. Defining one under an existing id or code
 * replaces it. All need {@code MANAGE_CHANGE_CONFIGURATION}; templates and windows are in the
 * hospital's zone ({@code ChangeSettings.zone()}), and the items they name must exist in the CMDB.
 */
public sealed interface ChangeConfigurationCommand {
    Actor actor();

    default Permission permission() {
        return Permission.MANAGE_CHANGE_CONFIGURATION;
    }

    /** Defines (or replaces) a board: its members and the seats each holds. */
    record DefineBoard(@NotNull Actor actor, @NotNull CabId board, @NotBlank @Size(max = 200) String name,
                       boolean emergency,
                       @NotEmpty @Size(max = 100) Map<@NotNull StaffId, @NotEmpty Set<@NotNull CabRole>> members)
            implements ChangeConfigurationCommand {
        public DefineBoard {
            members = members == null ? Map.of() : Map.copyOf(members);
        }
    }

    /**
     * Defines (or replaces) a standard change template: its scope (CMDB class codes and explicit
     * items, at least one of them), the weekly windows in which its changes may run, its fixed risk.
     */
    record DefineTemplate(@NotNull Actor actor,
                          @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z][a-z0-9]*(?:-[a-z0-9]+)*") String code,
                          @NotBlank @Size(max = 200) String name,
                          @Size(max = 100) Set<@NotBlank String> ciClasses,
                          @Size(max = 500) Set<@NotNull CiId> cis,
                          @NotEmpty @Size(max = 50) List<@NotNull WeeklyWindow> windows,
                          @NotNull RiskLevel risk)
            implements ChangeConfigurationCommand {
        public DefineTemplate {
            ciClasses = ciClasses == null ? Set.of() : Set.copyOf(ciClasses);
            cis = cis == null ? Set.of() : Set.copyOf(cis);
            windows = windows == null ? List.of() : List.copyOf(windows);
        }
    }

    /**
     * Defines (or replaces) a blackout or maintenance window attached to items or services,
     * recurring weekly or dated, in force from {@code effectiveFrom} to {@code effectiveUntil}
     * (both inclusive, either null for open).
     */
    record DefineWindow(@NotNull Actor actor, @NotNull ChangeWindowId window, @NotBlank @Size(max = 200) String name,
                        @NotNull WindowKind kind, @NotEmpty @Size(max = 500) Set<@NotNull CiId> attachedTo,
                        @NotNull ChangeWindow.Timing timing, LocalDate effectiveFrom, LocalDate effectiveUntil)
            implements ChangeConfigurationCommand {
        public DefineWindow {
            attachedTo = attachedTo == null ? Set.of() : Set.copyOf(attachedTo);
        }
    }

    /** Removes a window defined by mistake (to end one in force, give it a last effective date instead). */
    record RemoveWindow(@NotNull Actor actor, @NotNull ChangeWindowId window)
            implements ChangeConfigurationCommand {
    }
}
