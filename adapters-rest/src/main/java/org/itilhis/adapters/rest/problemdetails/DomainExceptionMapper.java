package org.itilhis.adapters.rest.problemdetails;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.itilhis.core.cmdb.InvalidCiAttributesException;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.notification.InvalidWebhookException;
import org.itilhis.core.monitoring.InvalidAlertSourceException;
import org.itilhis.core.monitoring.MalformedAlertsException;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.workflow.IllegalTransitionException;
import org.itilhis.ports.change.in.ScheduleConflictsException;
import org.itilhis.ports.common.InvalidCommandException.FieldViolation;
import org.itilhis.ports.common.InvalidCommandException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refusals of the application core: the status comes from {@link StatusByCode}, the detail
 * from {@link DomainException#messageIn}. A version conflict is 412 when the client sent
 * {@code If-Match} (its precondition no longer holds) and 409 otherwise (a concurrent write won).
 * Attribute values that do not fit a CI class name one field per attribute ({@code attributes.<code>}).
 * A webhook refused for its address, event type or secret names that field, as does a monitoring
 * source refused for its code, token or secret, and a delivery not in its source's format.
 * A schedule refused for conflicts lists each in the member {@code conflicts} ({@link ScheduleConflictJson}).
 */
public final class DomainExceptionMapper extends ProblemResponses implements ExceptionMapper<DomainException> {
    private static final Logger LOG = LoggerFactory.getLogger(DomainExceptionMapper.class);
    private static final String VALIDATION_MESSAGES = "org.hibernate.validator.ValidationMessages";

    @Override
    public Response toResponse(DomainException exception) {
        Locale locale = locale();
        int status = StatusByCode.of(exception.code());
        if (status == 412 && !hasHeader(HttpHeaders.IF_MATCH)) {
            status = 409;
        }
        LOG.debug("refused by the core: {} -> {}", exception.code(), status);
        if (exception instanceof NotPermittedException denied) {
            SecurityLog.accessDenied(denied.actor(), origin(), denied.permission(), denied.record(), method(), path());
        }
        if (exception instanceof InvalidCommandException invalid) {
            return problem(status, invalid.code(), ProblemTexts.format("request.invalid", locale),
                    invalid.violations().stream().map(v -> fieldError(v, locale)).toList(), null).build();
        }
        if (exception instanceof InvalidCiAttributesException invalid) {
            return problem(status, invalid.code(), invalid.messageIn(locale), invalid.violations().stream()
                    .map(v -> new ErrorJson.FieldErrorJson("attributes." + v.attribute(), v.reasonIn(locale)))
                    .toList(), null).build();
        }
        if (exception instanceof InvalidWebhookException invalid) {
            return problem(status, invalid.code(), invalid.messageIn(locale),
                    List.of(new ErrorJson.FieldErrorJson(invalid.field(), invalid.messageIn(locale))), null).build();
        }
        if (exception instanceof InvalidAlertSourceException invalid) {
            return problem(status, invalid.code(), invalid.messageIn(locale),
                    List.of(new ErrorJson.FieldErrorJson(invalid.field(), invalid.messageIn(locale))), null).build();
        }
        if (exception instanceof MalformedAlertsException malformed) {
            return problem(status, malformed.code(), malformed.messageIn(locale),
                    List.of(new ErrorJson.FieldErrorJson(malformed.field(), malformed.messageIn(locale))), null)
                    .build();
        }
        if (exception instanceof ScheduleConflictsException conflicts) {
            return problem(status, conflicts.code(), conflicts.messageIn(locale), null, null,
                    new ScheduleConflictJson.ScheduleConflictsJson(conflicts.conflicts().stream()
                            .map(ScheduleConflictJson::of).toList())).build();
        }
        List<String> allowed = exception instanceof IllegalTransitionException refused
                ? refused.allowedActions().stream().map(Actions::pathSegment).toList()
                : null;
        return problem(status, exception.code(), exception.messageIn(locale), null, allowed).build();
    }

    /**
     * A violation the core found (it validated before the adapter could, or checked something
     * Bean Validation cannot, like a level of the priority matrix). English comes as the core
     * wrote it; other languages look the template up in the adapter's and Hibernate
     * Validator's catalogues, as long as it needs no constraint attributes.
     */
    private static ErrorJson.FieldErrorJson fieldError(FieldViolation violation, Locale locale) {
        if (locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return new ErrorJson.FieldErrorJson(violation.field(), violation.message());
        }
        String key = violation.messageTemplate().replaceAll("^\\{|}$", "");
        String text = ProblemTexts.find(key, locale)
                .or(() -> validationMessage(key, locale))
                .filter(found -> !found.contains("{"))
                .orElse(violation.message());
        return new ErrorJson.FieldErrorJson(violation.field(), text);
    }

    private static Optional<String> validationMessage(String key, Locale locale) {
        try {
            return Optional.of(ResourceBundle.getBundle(VALIDATION_MESSAGES, locale).getString(key));
        } catch (MissingResourceException missing) {
            return Optional.empty();
        }
    }
}
