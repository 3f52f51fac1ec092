package org.itilhis.ports.monitoring.in;

/**
 * Registering the monitoring sources (permission {@code MANAGE_ALERT_SOURCES}). A token or secret
 * is shown once, in the answer that issued it.
 */
public interface AlertSourceUseCase {
    /**
     * @throws org.itilhis.core.monitoring.InvalidAlertSourceException if the code, token or secret is refused
     * @throws org.itilhis.core.shared.VersionConflictException (kind {@code alert-source}) if the code is taken
     */
    IssuedCredentials register(AlertSourceCommand.Register command);

    /** @throws AlertSourceNotFoundException if there is no such source */
    IssuedCredentials rotateCredentials(AlertSourceCommand.RotateCredentials command);

    /** @throws AlertSourceNotFoundException if there is no such source */
    AlertSourceView disable(AlertSourceCommand.Disable command);

    /** @throws AlertSourceNotFoundException if there is no such source */
    AlertSourceView enable(AlertSourceCommand.Enable command);
}
