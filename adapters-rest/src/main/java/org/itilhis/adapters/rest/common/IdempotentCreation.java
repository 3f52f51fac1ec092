package org.itilhis.adapters.rest.common;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.hash.Hashing;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.common.IdempotencyPurge;
import org.itilhis.ports.common.IdempotencyStore;
import org.itilhis.ports.common.IdempotentOutcome;
import org.itilhis.ports.common.Transactions;

/**
 * Creating requests with an {@code Idempotency-Key}: the first one creates and records its
 * outcome (status, {@code Location}, body) in the same transaction as the creation; a retry
 * with the same key and the same request gets that outcome again and creates nothing; the
 * same key with a different request is refused with 422. Keys are scoped per actor, and the
 * record is as durable as the {@link IdempotencyStore}, so it survives a restart. Without a
 * key the request simply creates.
 *
 * <p>A record answers retries for the retention (a day by default) from when it was recorded;
 * after it the key is free again and a request with it creates anew, so clients retry within
 * the retention. The record keeps a SHA-256 hash of the request, never the request, and the
 * answer's body, which a retry must get unchanged (see {@link IdempotencyStore}).
 */
public final class IdempotentCreation {
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyStore store;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration retention;
    private final ApiJson json;

    public IdempotentCreation(IdempotencyStore store, Transactions transactions, Clock clock, Duration retention,
                              ApiJson json) {
        this.store = checkNotNull(store, "store");
        this.transactions = checkNotNull(transactions, "transactions");
        this.clock = checkNotNull(clock, "clock");
        this.retention = IdempotencyPurge.checkRetention(retention);
        this.json = checkNotNull(json, "json");
    }

    /** What a creating request produced: the body as sent, and where the new resource lives. */
    public record Created(String location, Object body) {
    }

    /**
     * Runs {@code creation} once per key.
     *
     * @param request what identifies the request besides the key: method, path and body
     */
    public Response create(Actor actor, String key, Object request, Supplier<Created> creation) {
        if (key == null) {
            return respond(outcome(creation.get(), ""), false);
        }
        if (!KEY.matcher(key).matches()) {
            throw ApiException.invalid(FieldError.keyed(ApiPaths.IDEMPOTENCY_KEY, "field.idempotency-key"));
        }
        String fingerprint = fingerprint(request);
        Instant notBefore = clock.instant().minus(retention);
        try {
            return transactions.inTransaction(() -> store.find(actor.staffId(), key, notBefore)
                    .map(prior -> replay(prior, fingerprint))
                    .orElseGet(() -> first(actor, key, fingerprint, notBefore, creation)));
        } catch (LostRace race) {
            return store.find(actor.staffId(), key, notBefore).map(prior -> replay(prior, fingerprint))
                    .orElseThrow(() -> race);
        }
    }

    private Response first(Actor actor, String key, String fingerprint, Instant notBefore, Supplier<Created> creation) {
        IdempotentOutcome outcome = outcome(creation.get(), fingerprint);
        if (!store.record(actor.staffId(), key, outcome, notBefore)) {
            throw new LostRace(); // a concurrent retry recorded first: roll our creation back
        }
        return respond(outcome, false);
    }

    private Response replay(IdempotentOutcome prior, String fingerprint) {
        if (!prior.requestFingerprint().equals(fingerprint)) {
            throw ApiException.idempotencyKeyReused();
        }
        return respond(prior, true);
    }

    private IdempotentOutcome outcome(Created created, String fingerprint) {
        return new IdempotentOutcome(fingerprint, 201, created.location(), json.write(created.body()), clock.instant());
    }

    /** The same answer every time: status, relative {@code Location} (made absolute by Jersey), body, ETag. */
    private Response respond(IdempotentOutcome outcome, boolean replayed) {
        Response.ResponseBuilder response = Response.status(outcome.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(outcome.body());
        if (!outcome.location().isEmpty()) {
            response.location(URI.create(outcome.location()));
        }
        versionOf(outcome.body()).ifPresent(version -> response.tag(new EntityTag(Long.toString(version))));
        if (replayed) {
            response.header(ApiPaths.IDEMPOTENT_REPLAYED, "true");
        }
        return response.build();
    }

    private Optional<Long> versionOf(String body) {
        try {
            JsonNode version = json.mapper().readTree(body).path("version");
            return version.canConvertToLong() ? Optional.of(version.asLong()) : Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private String fingerprint(Object request) {
        return Hashing.sha256().hashString(json.write(request), StandardCharsets.UTF_8).toString();
    }

    /** Another request with the same key recorded its outcome first. */
    private static final class LostRace extends RuntimeException {
        LostRace() {
            super("a concurrent request with the same idempotency key won", null, false, false);
        }
    }
}
