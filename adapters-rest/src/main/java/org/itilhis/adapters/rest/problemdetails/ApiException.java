package org.itilhis.adapters.rest.problemdetails;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Optional;

/**
 * A request the adapter itself refuses before the application core sees it (no credentials,
 * malformed input, a missing {@code If-Match}, an oversized body, a reused idempotency key).
 * Mapped to a problem by {@link ApiExceptionMapper}; {@link #code()} names the rule and is the
 * key of the detail text in {@link ProblemTexts}.
 */
public final class ApiException extends RuntimeException {
    /** The {@code Retry-After} of an answer the storage's failure caused: seconds, as the header has them. */
    public static final String STORAGE_RETRY_AFTER = "5";

    private final int status;
    private final String code;
    private final ImmutableList<Object> arguments;
    private final ImmutableList<FieldError> errors;
    private final ImmutableMap<String, String> headers;
    private final Object members;

    /** @param members the extension members of the problem document, or {@code null} */
    private ApiException(int status, String code, Iterable<FieldError> errors, ImmutableMap<String, String> headers,
                         Object members, Object... arguments) {
        super(code, null, false, false);
        this.status = status;
        this.code = checkNotNull(code, "code");
        this.errors = ImmutableList.copyOf(errors);
        this.headers = headers;
        this.members = members;
        this.arguments = ImmutableList.copyOf(Arrays.asList(arguments));
    }

    public static ApiException of(int status, String code, Object... arguments) {
        return new ApiException(status, code, ImmutableList.of(), ImmutableMap.of(), null, arguments);
    }

    /**
     * A refusal whose problem document also carries the properties of {@code members} (a JSON
     * record, such as the report of a refused import) beside the standard ones, as extension
     * members (RFC 9457, section 3.2); its names must differ from those of {@link ErrorJson}.
     */
    public static ApiException withMembers(int status, String code, Object members, Object... arguments) {
        return new ApiException(status, code, ImmutableList.of(), ImmutableMap.of(), checkNotNull(members, "members"),
                arguments);
    }

    /** This refusal with the response header {@code name} set to {@code value} as well. */
    public ApiException withHeader(String name, String value) {
        return new ApiException(status, code, errors, ImmutableMap.<String, String>builder().putAll(headers)
                .put(checkNotNull(name, "name"), checkNotNull(value, "value")).buildKeepingLast(), members,
                arguments.toArray());
    }

    /** 400 with one entry per invalid field. */
    public static ApiException invalid(Iterable<FieldError> errors) {
        return new ApiException(400, "request.invalid", errors, ImmutableMap.of(), null);
    }

    public static ApiException invalid(FieldError error) {
        return invalid(ImmutableList.of(error));
    }

    /** 401 with the challenge of the bearer scheme: the request presented no bearer token. */
    public static ApiException unauthenticated() {
        return new ApiException(401, "request.unauthenticated", ImmutableList.of(),
                ImmutableMap.of("WWW-Authenticate", "Bearer realm=\"itilhis\""), null);
    }

    /**
     * 401 for a bearer token that was presented and refused (RFC 6750, section 3.1): malformed,
     * unknown, expired, not yet valid, for another audience or issuer, or not signed by a key of
     * the provider. The answer is the same for every reason, so it tells a prober nothing.
     */
    public static ApiException invalidToken() {
        return new ApiException(401, "request.unauthenticated", ImmutableList.of(),
                ImmutableMap.of("WWW-Authenticate", "Bearer realm=\"itilhis\", error=\"invalid_token\""), null);
    }

    public static ApiException preconditionRequired() {
        return of(428, "request.precondition-required");
    }

    public static ApiException preconditionFailed() {
        return of(412, "request.precondition-failed");
    }

    public static ApiException tooLarge(long limit) {
        return of(413, "request.too-large", limit);
    }

    public static ApiException bodyRequired() {
        return of(400, "request.body-required");
    }

    /**
     * 400: a calendar document that cannot be read; {@code field} is where it was sent
     * ({@code document}, or {@code body} for a text body), the problem is the core's (English).
     */
    public static ApiException malformedCalendar(String field, int line, int column, String problem) {
        return new ApiException(400, "request.malformed-calendar",
                ImmutableList.of(FieldError.keyed(field, "field.calendar-line", String.valueOf(line),
                        String.valueOf(column), problem)),
                ImmutableMap.of(), null, String.valueOf(line), String.valueOf(column));
    }

    public static ApiException idempotencyKeyReused() {
        return of(422, "request.idempotency-key-reused");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public ImmutableList<Object> arguments() {
        return arguments;
    }

    public ImmutableList<FieldError> errors() {
        return errors;
    }

    /** What the problem document carries beside its standard members, if anything ({@link #withMembers}). */
    public Optional<Object> members() {
        return Optional.ofNullable(members);
    }

    /** Headers the response must carry, such as {@code WWW-Authenticate}. */
    public ImmutableMap<String, String> headers() {
        return headers;
    }
}
