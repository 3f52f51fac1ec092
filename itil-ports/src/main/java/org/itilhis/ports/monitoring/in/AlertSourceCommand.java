package org.itilhis.ports.monitoring.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.itilhis.core.monitoring.AlertSourceKind;
import org.itilhis.core.shared.Actor;

/**
 * The monitoring sources' commands, each carrying its actor and checked with Jakarta Validation
 * before anything is read; the rules the core checks (the code's form, a token's or secret's
 * length, signing only on a generic source) come back as
 * {@link org.itilhis.core.monitoring.InvalidAlertSourceException} naming the field.
 */
public final class AlertSourceCommand {
    private AlertSourceCommand() {
    }

    /**
     * Registers a source. {@code token}: the bearer token it will present (generated when null);
     * {@code signed}: a GENERIC source's deliveries carry an HMAC-SHA256 signature with
     * {@code signingSecret} (generated when null).
     */
    public record Register(@NotNull Actor actor, @NotBlank @Size(max = 50) String code, @NotNull AlertSourceKind kind,
            @Size(max = 200) String token, boolean signed, @Size(max = 200) String signingSecret) {
    }

    /** New credentials for a source, as at registration; the old ones stop at once. */
    public record RotateCredentials(@NotNull Actor actor, @NotBlank @Size(max = 50) String code,
            @PositiveOrZero Long expectedVersion, @Size(max = 200) String token, boolean signed,
            @Size(max = 200) String signingSecret) {
    }

    /** Refuses the source's deliveries from now on. */
    public record Disable(@NotNull Actor actor, @NotBlank @Size(max = 50) String code,
            @PositiveOrZero Long expectedVersion) {
    }

    /** Accepts them again. */
    public record Enable(@NotNull Actor actor, @NotBlank @Size(max = 50) String code,
            @PositiveOrZero Long expectedVersion) {
    }
}
