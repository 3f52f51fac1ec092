package org.itilhis.core.monitoring;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.shared.DomainException;

/**
 * A monitoring source the rules refuse, naming the field at fault: a code that is not lower-case
 * letters, digits and hyphens, a token or signing secret too short, too long or not printable,
 * a signing secret for a source whose kind cannot send one.
 */
public final class InvalidAlertSourceException extends DomainException {
    private final String field;

    private InvalidAlertSourceException(String code, String field, Object... arguments) {
        super(code, arguments);
        this.field = checkNotNull(field, "field");
    }

    /** The request's field at fault: {@code code}, {@code token} or {@code signingSecret}. */
    public String field() {
        return field;
    }

    public static InvalidAlertSourceException codeMalformed(String code) {
        return new InvalidAlertSourceException("alert-source.code-malformed", "code", code);
    }

    public static InvalidAlertSourceException tokenMalformed(int min, int max) {
        return new InvalidAlertSourceException("alert-source.token-malformed", "token", min, max);
    }

    public static InvalidAlertSourceException secretMalformed(int min, int max) {
        return new InvalidAlertSourceException("alert-source.secret-malformed", "signingSecret", min, max);
    }

    public static InvalidAlertSourceException signingNotGeneric(AlertSourceKind kind) {
        return new InvalidAlertSourceException("alert-source.signing-not-generic", "signingSecret", kind.name());
    }

    public static InvalidAlertSourceException alreadyDisabled(String code) {
        return new InvalidAlertSourceException("alert-source.already-disabled", "enabled", code);
    }

    public static InvalidAlertSourceException alreadyEnabled(String code) {
        return new InvalidAlertSourceException("alert-source.already-enabled", "enabled", code);
    }
}
