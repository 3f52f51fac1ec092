package org.itilhis.ports.common;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.itilhis.core.shared.DomainException;

/**
 * A command broke its constraints and never reached the domain. Each violation names the
 * field and the reason; {@code messageTemplate} is the Jakarta Validation template, which
 * an adapter can interpolate again in the reader's language.
 */
public final class InvalidCommandException extends DomainException {
    private final ImmutableList<FieldViolation> violations;

    public InvalidCommandException(Iterable<FieldViolation> violations) {
        super("command.invalid", describe(ImmutableList.copyOf(violations)));
        this.violations = ImmutableList.copyOf(violations);
    }

    public static InvalidCommandException of(String field, String message) {
        return new InvalidCommandException(ImmutableList.of(new FieldViolation(field, message, message)));
    }

    public ImmutableList<FieldViolation> violations() {
        return violations;
    }

    private static String describe(ImmutableList<FieldViolation> violations) {
        return String.join("; ", violations.stream().map(v -> v.field() + " " + v.message()).toList());
    }

    /** One broken constraint. */
    public record FieldViolation(String field, String messageTemplate, String message) {
        public FieldViolation {
            checkNotNull(field, "field");
            checkNotNull(messageTemplate, "messageTemplate");
            checkNotNull(message, "message");
        }
    }
}
