package org.itilhis.adapters.rest.problemdetails;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A body Jackson could not read: malformed JSON (400 with line and column), or well-formed
 * JSON that does not fit the request (400 naming the field: an unknown field, a value of the
 * wrong type, an enum value that does not exist, with the values that do). Jackson's own
 * message is never shown: it names Java classes. A refusal raised while Jackson was reading
 * (the body limit of {@code BodySizeLimitFilter}) keeps its own status.
 */
public final class JsonExceptionMapper extends ProblemResponses implements ExceptionMapper<JsonProcessingException> {
    private final ApiExceptionMapper refusals;

    /** @param refusals answers for a refusal raised while Jackson read (an oversized body, say) */
    public JsonExceptionMapper(ApiExceptionMapper refusals) {
        this.refusals = refusals;
    }

    @Override
    public Response toResponse(JsonProcessingException exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException refused) {
                return refusals.toResponse(refused);
            }
        }
        if (!(exception instanceof JsonMappingException mapping)) {
            JsonLocation at = exception.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            String detail = ProblemTexts.format("request.malformed-json", locale(), line, column);
            return problem(400, "request.malformed-json", detail, null, null).build();
        }
        Locale locale = locale();
        return problem(400, "request.invalid", ProblemTexts.format("request.invalid", locale),
                List.of(fieldError(mapping).in(locale)), null).build();
    }

    private FieldError fieldError(JsonMappingException exception) {
        String field = path(exception);
        if (exception instanceof UnrecognizedPropertyException) {
            return FieldError.keyed(field, "field.unknown-property");
        }
        if (exception instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            Class<?> target = invalid.getTargetType();
            if (target.isEnum()) {
                String allowed = Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                        .collect(Collectors.joining(", "));
                return FieldError.keyed(field, "field.unknown-value", allowed);
            }
            if (target == UUID.class) {
                return FieldError.keyed(field, "field.invalid-uuid");
            }
            if (target == String.class) {
                return FieldError.keyed(field, "field.nul-character");
            }
            if (target == Instant.class) {
                return FieldError.keyed(field, "field.instant-out-of-range");
            }
        }
        if (exception instanceof MismatchedInputException) {
            return FieldError.keyed(field, "field.wrong-type");
        }
        return FieldError.keyed(field, "field.invalid-value");
    }

    /** {@code items[2].note} for the path Jackson reports; {@code body} for the document itself. */
    private static String path(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }
}
