package org.itilhis.adapters.rest.common;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.itilhis.adapters.rest.auth.Actors;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.Languages;
import org.itilhis.adapters.rest.problemdetails.RequestValidation;
import org.itilhis.core.shared.Actor;

/**
 * What every resource needs from the request: the authenticated actor, the reader's language,
 * and the validation of commands in that language. Resources are singletons; Jersey injects
 * thread-safe proxies of the request's headers and security context.
 */
public abstract class ResourceSupport {
    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    private final RequestValidation validation;

    protected ResourceSupport(RequestValidation validation) {
        this.validation = checkNotNull(validation, "validation");
    }

    protected Actor actor() {
        return Actors.of(security);
    }

    protected Locale locale() {
        return Languages.of(headers);
    }

    /**
     * {@code command}, once it was converted completely and its constraints hold; otherwise 400
     * naming every field, in the reader's language.
     */
    protected <T> T valid(T command, Fields fields) {
        return validation.check(command, locale(), fields.errors());
    }

    /** Like {@link #valid(Object, Fields)}, naming fields as {@code fieldNames} says the client sent them. */
    protected <T> T valid(T command, Fields fields, UnaryOperator<String> fieldNames) {
        return validation.check(command, locale(), fields.errors(), fieldNames);
    }

    /** @throws ApiException (400) when the request has no body */
    protected static <T> T body(T json) {
        if (json == null) {
            throw ApiException.bodyRequired();
        }
        return json;
    }

    /**
     * An ISO-8601 instant with offset ({@code 2027-01-01T00:00:00+08:00}, {@code ...Z}) sent as
     * text; {@code null} stays {@code null}, anything else is recorded against {@code field}.
     */
    protected static Instant instant(String field, String text, Fields fields) {
        if (text == null) {
            return null;
        }
        try {
            Instant instant = OffsetDateTime.parse(text.strip()).toInstant();
            if (instant.isBefore(ApiJson.EARLIEST) || instant.isAfter(ApiJson.LATEST)) {
                fields.check(false, field, "field.instant-out-of-range");
                return null;
            }
            return instant;
        } catch (DateTimeParseException malformed) {
            fields.check(false, field, "field.invalid-instant");
            return null;
        }
    }

    /**
     * The answer to a conditional GET of a record at {@code version}: 304 when {@code ifNoneMatch}
     * names it, else 200 with {@code body}; both with the version as their {@code ETag}.
     */
    protected static Response unlessNotModified(String ifNoneMatch, long version, Supplier<?> body) {
        EntityTag tag = etag(version);
        return IfMatch.noneMatchHits(ifNoneMatch, version)
                ? Response.notModified(tag).build()
                : Response.ok(body.get()).tag(tag).build();
    }

    /** The strong entity tag of an aggregate version: {@code "7"}. */
    protected static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
