package org.itilhis.ports.notification.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.itilhis.core.notification.Channel;
import org.itilhis.core.notification.NotificationRule;
import org.itilhis.core.notification.QuietHours;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * The commands that change who gets what, each carrying its actor and checked with Jakarta
 * Validation before anything is read.
 */
public final class NotificationSettingsCommand {
    /** The most rules a hospital keeps. */
    public static final int MAX_RULES = 500;
    /** The longest subject template. */
    public static final int MAX_SUBJECT = 1_000;
    /** The longest body template. */
    public static final int MAX_BODY = 20_000;

    private NotificationSettingsCommand() {
    }

    /** Replaces the whole list of rules; {@code expectedVersion} is the version read (0 while the defaults apply). */
    public record ReplaceRules(@NotNull Actor actor, @NotNull @PositiveOrZero Long expectedVersion,
            @NotNull @Size(max = MAX_RULES) List<@NotNull NotificationRule> rules) {
    }

    /** Sets the hospital's template of {@code eventType} in {@code language}. */
    public record SetTemplate(@NotNull Actor actor, @NotBlank @Size(max = 64) String eventType,
            @NotNull Locale language, @NotBlank @Size(max = MAX_SUBJECT) String subject,
            @NotBlank @Size(max = MAX_BODY) String body) {
    }

    /** Removes the hospital's template: the default speaks again. */
    public record RemoveTemplate(@NotNull Actor actor, @NotBlank @Size(max = 64) String eventType,
            @NotNull Locale language) {
    }

    /** Sets the group's robot on {@code channel}; {@code secret} only for a signed DingTalk robot (null otherwise). */
    public record SetRobot(@NotNull Actor actor, @NotNull GroupId group, @NotNull Channel channel,
            @NotNull URI webhook, @Size(max = 200) String secret, @NotNull Locale language) {
    }

    public record RemoveRobot(@NotNull Actor actor, @NotNull GroupId group, @NotNull Channel channel) {
    }

    /** Sets how {@code staff} wants to be told; {@code quietHours} null for none. */
    public record SetPreference(@NotNull Actor actor, @NotNull StaffId staff, @NotNull Channel channel,
            @NotBlank @Size(max = 254) String address, @NotNull Locale language, @NotNull ZoneId zone,
            QuietHours quietHours) {
    }

    public record RemovePreference(@NotNull Actor actor, @NotNull StaffId staff) {
    }
}
