package org.itilhis.adapters.rest.problemdetails;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks a command's Jakarta Validation constraints (declared on the command records of the
 * inbound ports) before the adapter hands it to the core, with Hibernate Validator
 * interpolating every message in the request's language. The core validates again; it then
 * finds nothing, so field messages are always in the reader's language.
 */
public final class RequestValidation {
    private final ImmutableMap<Locale, Validator> validators;

    public RequestValidation(ValidatorFactory factory) {
        checkNotNull(factory, "factory");
        ImmutableMap.Builder<Locale, Validator> builder = ImmutableMap.builder();
        for (Locale locale : Languages.SUPPORTED) {
            MessageInterpolator fixed = new FixedLocaleInterpolator(factory.getMessageInterpolator(), locale);
            builder.put(locale, factory.usingContext().messageInterpolator(fixed).getValidator());
        }
        this.validators = builder.buildOrThrow();
    }

    /**
     * @param unconverted fields of the request that could not be converted into the command
     *                    (and are {@code null} in it); a violation on such a field is not repeated
     * @return {@code command}, valid
     * @throws ApiException (400) naming every unconverted field and broken constraint, sorted by field
     */
    public <T> T check(T command, Locale locale, List<FieldError> unconverted) {
        return check(command, locale, unconverted, UnaryOperator.identity());
    }

    /**
     * Like {@link #check(Object, Locale, List)} for a request whose fields are laid out
     * otherwise than the command's: {@code fieldNames} turns the property path of a violation
     * ({@code data.assetTag}) into the field as the client sent it ({@code assetTag}).
     */
    public <T> T check(T command, Locale locale, List<FieldError> unconverted, UnaryOperator<String> fieldNames) {
        Validator validator = validators.getOrDefault(locale, validators.get(Locale.ENGLISH));
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        Set<String> reported = unconverted.stream().map(FieldError::field).collect(Collectors.toSet());
        List<FieldError> errors = Stream.concat(unconverted.stream(), violations.stream()
                        .map(v -> FieldError.text(fieldNames.apply(v.getPropertyPath().toString()), v.getMessage()))
                        .filter(error -> !reported.contains(error.field())))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return command;
    }

    /** Interpolates in one language, whatever the JVM's default locale. */
    private record FixedLocaleInterpolator(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {
        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
            return delegate.interpolate(template, context, locale);
        }
    }
}
