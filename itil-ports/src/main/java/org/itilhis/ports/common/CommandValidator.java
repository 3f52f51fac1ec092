package org.itilhis.ports.common;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.itilhis.ports.common.InvalidCommandException.FieldViolation;

/** Checks a command's Jakarta Validation constraints before anything else happens. */
final class CommandValidator {
    private final Validator validator;

    CommandValidator(Validator validator) {
        this.validator = checkNotNull(validator, "validator");
    }

    /** @throws InvalidCommandException naming every broken constraint, sorted by field */
    <T> T validate(T command) {
        if (command == null) {
            throw InvalidCommandException.of("command", "must not be null");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            List<FieldViolation> fields = violations.stream()
                    .map(v -> new FieldViolation(v.getPropertyPath().toString(), v.getMessageTemplate(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::message))
                    .toList();
            throw new InvalidCommandException(fields);
        }
        return command;
    }
}
