package org.itilhis.ports.notification.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.itilhis.core.shared.Actor;

/** What an operator does to the notification relay's dead letters. */
public final class RelayCommand {
    private RelayCommand() {
    }

    /** Makes the dead letter of {@code subscriber} at {@code position} due again now, its attempts counted anew. */
    public record ReplayDeadLetter(@NotNull Actor actor, @NotBlank @Size(max = 100) String subscriber,
                                   @Positive long position) {
    }

    /**
     * Gives up the dead letter of {@code subscriber} at {@code position} for {@code reason}: it
     * is never delivered, and the next held event of its record becomes due.
     */
    public record SkipDeadLetter(@NotNull Actor actor, @NotBlank @Size(max = 100) String subscriber,
                                 @Positive long position, @NotBlank @Size(max = 500) String reason) {
    }
}
