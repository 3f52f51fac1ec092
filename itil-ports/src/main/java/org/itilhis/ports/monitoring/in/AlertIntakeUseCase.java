package org.itilhis.ports.monitoring.in;

/**
 * Receiving the alerts of a monitoring source. Not a person's command: the source authenticates
 * by its own credentials and the intake acts as the system. A delivery's alerts are recorded in
 * one transaction; a rejected alert is listed and the rest recorded.
 */
public interface AlertIntakeUseCase {
    /**
     * @throws AlertSourceNotFoundException if no source of that code is registered
     * @throws SourceNotAuthenticatedException if the token or signature does not match, or the
     *         source is disabled (the rejection is recorded)
     * @throws org.itilhis.core.monitoring.MalformedAlertsException if the body is not the source's
     *         format (the rejection is recorded with the start of the body)
     */
    IntakeOutcome receive(AlertDelivery delivery);
}
