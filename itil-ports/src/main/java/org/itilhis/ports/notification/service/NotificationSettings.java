package org.itilhis.ports.notification.service;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.Validator;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.notification.in.NotificationSettingsQueries;
import org.itilhis.ports.notification.in.NotificationSettingsUseCase;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * Who gets what, wired by hand beside the desk: the changes to rules, templates, robots and
 * preferences ({@link #settings()}), their queries, and the {@link MessageRenderer} that writes
 * messages from the templates.
 */
public final class NotificationSettings {
    private final NotificationSettingsService service;
    private final MessageRenderer renderer;

    private NotificationSettings(NotificationSettingsService service, MessageRenderer renderer) {
        this.service = service;
        this.renderer = renderer;
    }

    /** Who gets what on {@code ports}, under the desk's access policy ({@code desk.access()}). */
    public static NotificationSettings create(NotificationSettingsPorts ports, ServiceDeskSettings desk,
                                              Validator validator) {
        checkNotNull(ports, "ports");
        checkNotNull(desk, "desk");
        checkNotNull(validator, "validator");
        MessageRenderer renderer = new MessageRenderer(ports.templates());
        NotificationSettingsAccess access = new NotificationSettingsAccess(desk.access(), ports.desk().directory());
        return new NotificationSettings(new NotificationSettingsService(ports, access, renderer,
                new CommandPipeline(validator, ports.desk().transactions(), ports.desk().events())), renderer);
    }

    public NotificationSettingsUseCase settings() {
        return service;
    }

    public NotificationSettingsQueries queries() {
        return service;
    }

    public MessageRenderer renderer() {
        return renderer;
    }
}
