package org.itilhis.core.notification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.itilhis.core.shared.AggregateEvents;
import org.itilhis.core.shared.StaffId;

/**
 * A webhook subscription: the HIS integration platform (or any system) asks to be sent the
 * events of some types at an http or https address, each delivery signed by the Standard
 * Webhooks scheme with the subscription's secret. Owned by a member of staff, who is told when
 * the library disables it after too many failed deliveries in a row.
 *
 * <p>Invariants: the address is absolute http or https; at least one event type (a type name or
 * a wildcard {@code ticket.*}); a current secret always, and a previous one only with the
 * instant until which it still signs, so that a receiver may move to a rotated secret without
 * losing a delivery; disabled exactly when the {@link Disablement} is present. The version
 * counts the subscription's events (1 when subscribed); the count of consecutive failed
 * deliveries is operational state outside the version (the relay's deliveries never conflict
 * with a person's edit).
 */
public final class WebhookSubscription {
    /** The longest target address. */
    public static final int MAX_URL_LENGTH = 2000;
    /** http or https, a host (a name, an IPv4 or a bracketed IPv6 address), an optional port, then no blanks. */
    private static final Pattern HTTP_URL = Pattern.compile(
            "(?i)https?://(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\\[[0-9a-f:.]+])"
                    + "(?::[0-9]{1,5})?(?:[/?#][^\\s]*)?");

    private final WebhookId id;
    private final StaffId owner;
    private final String url;
    private final ImmutableSortedSet<String> eventTypes;
    private final Instant subscribedAt;
    private final AggregateEvents<WebhookEvent> events = new AggregateEvents<>();
    private WebhookSecret secret;
    private Optional<WebhookSecret> previousSecret;
    private Optional<Instant> previousValidUntil;
    private Optional<Disablement> disabled;
    private int consecutiveFailures;

    private WebhookSubscription(Snapshot s) {
        this.id = s.id();
        this.owner = s.owner();
        this.url = s.url();
        this.eventTypes = s.eventTypes();
        this.subscribedAt = s.subscribedAt();
        this.secret = s.secret();
        this.previousSecret = s.previousSecret();
        this.previousValidUntil = s.previousValidUntil();
        this.disabled = s.disabled();
        this.consecutiveFailures = s.consecutiveFailures();
    }

    /**
     * A new, enabled subscription of {@code owner}'s to events of {@code eventTypes} (the ports
     * check that each is known) at {@code url}, signed with {@code secret}.
     */
    public static WebhookSubscription subscribe(WebhookId id, StaffId owner, String url, Iterable<String> eventTypes,
                                                WebhookSecret secret, StaffId actor, Instant at) {
        WebhookSubscription subscription = new WebhookSubscription(new Snapshot(id, owner, url,
                ImmutableSortedSet.copyOf(eventTypes), secret, Optional.empty(), Optional.empty(), Optional.empty(), 0,
                at, 1));
        subscription.events.created(new WebhookEvent.Subscribed(id, owner, url, subscription.eventTypes,
                checkNotNull(actor, "actor"), at));
        return subscription;
    }

    /** The subscription as stored; records no event. */
    public static WebhookSubscription restore(Snapshot snapshot) {
        WebhookSubscription subscription = new WebhookSubscription(checkNotNull(snapshot, "snapshot"));
        subscription.events.restoredAt(snapshot.version());
        return subscription;
    }

    /**
     * The target address given as text, stripped.
     *
     * @throws InvalidWebhookException if it is not an absolute http or https address with a host
     */
    public static String url(String text) {
        String stripped = checkNotNull(text, "text").strip();
        if (stripped.length() > MAX_URL_LENGTH || !HTTP_URL.matcher(stripped).matches()) {
            throw InvalidWebhookException.urlNotHttp(stripped);
        }
        return stripped;
    }

    /** The stable aggregate id of a subscription's events, {@code webhook:<id>}. */
    public static String aggregateIdOf(WebhookId id) {
        return "webhook:" + id;
    }

    /**
     * Replaces the secret with {@code newSecret}; the current one keeps signing until {@code
     * grace} after {@code at} (a previous one still in its grace is dropped).
     */
    public void rotateSecret(WebhookSecret newSecret, Duration grace, StaffId actor, Instant at) {
        checkNotNull(newSecret, "newSecret");
        checkArgument(!grace.isNegative(), "grace %s is negative", grace);
        Instant until = at.plus(grace);
        events.recorded(new WebhookEvent.SecretRotated(id, until, actor, at), e -> {
            previousSecret = grace.isZero() ? Optional.empty() : Optional.of(secret);
            previousValidUntil = previousSecret.map(kept -> until);
            secret = newSecret;
        });
    }

    /**
     * Stops deliveries, said by {@code actor}.
     *
     * @throws WebhookStateException if it is disabled already
     */
    public void disable(StaffId actor, Instant at) {
        if (disabled.isPresent()) {
            throw WebhookStateException.alreadyDisabled(id);
        }
        events.recorded(new WebhookEvent.Disabled(id, DisabledCause.BY_STAFF, consecutiveFailures, Optional.empty(),
                actor, at), this::apply);
    }

    /**
     * Stops deliveries after {@code failures} failed in a row, the last for {@code lastFailure};
     * the library's decision, recorded as the system's.
     *
     * @throws WebhookStateException if it is disabled already
     */
    public void disableAfterFailures(int failures, String lastFailure, StaffId system, Instant at) {
        checkArgument(failures > 0, "failures %s", failures);
        if (disabled.isPresent()) {
            throw WebhookStateException.alreadyDisabled(id);
        }
        events.recorded(new WebhookEvent.Disabled(id, DisabledCause.FAILURES, failures,
                Optional.ofNullable(lastFailure), system, at), this::apply);
    }

    /**
     * Resumes deliveries with the count of failures at zero.
     *
     * @throws WebhookStateException if it is enabled already
     */
    public void enable(StaffId actor, Instant at) {
        if (disabled.isEmpty()) {
            throw WebhookStateException.alreadyEnabled(id);
        }
        events.recorded(new WebhookEvent.Enabled(id, actor, at), e -> {
            disabled = Optional.empty();
            consecutiveFailures = 0;
        });
    }

    /** Records the subscription's deletion; the repository then removes it. */
    public void delete(StaffId actor, Instant at) {
        events.recorded(new WebhookEvent.Deleted(id, actor, at), e -> { });
    }

    private void apply(WebhookEvent event) {
        WebhookEvent.Disabled d = (WebhookEvent.Disabled) event;
        disabled = Optional.of(new Disablement(d.cause(), d.actor(), d.consecutiveFailures(), d.lastFailure(),
                d.occurredAt()));
    }

    /** Whether events of {@code type} are sent: named exactly, or by a wildcard of its prefix ({@code ticket.*}). */
    public boolean wants(String type) {
        return wants(eventTypes, type);
    }

    /** Whether {@code patterns} (type names and wildcards {@code prefix.*}) take events of {@code type}. */
    public static boolean wants(Iterable<String> patterns, String type) {
        for (String pattern : patterns) {
            if (pattern.equals(type) || pattern.endsWith(".*")
                    && type.startsWith(pattern.substring(0, pattern.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The secrets a delivery at {@code now} is signed with: the current one, and the previous one
     * while its grace lasts.
     */
    public List<WebhookSecret> signingSecrets(Instant now) {
        ImmutableList.Builder<WebhookSecret> secrets = ImmutableList.<WebhookSecret>builder().add(secret);
        if (previousSecret.isPresent() && now.isBefore(previousValidUntil.orElseThrow())) {
            secrets.add(previousSecret.get());
        }
        return secrets.build();
    }

    public WebhookId id() {
        return id;
    }

    public StaffId owner() {
        return owner;
    }

    public String url() {
        return url;
    }

    public ImmutableSortedSet<String> eventTypes() {
        return eventTypes;
    }

    public boolean isEnabled() {
        return disabled.isEmpty();
    }

    public Optional<Disablement> disabled() {
        return disabled;
    }

    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    /** Until when the previous secret still signs, after a rotation. */
    public Optional<Instant> previousSecretValidUntil() {
        return previousValidUntil;
    }

    public Instant subscribedAt() {
        return subscribedAt;
    }

    public long version() {
        return events.version();
    }

    /** The events recorded since it was made or loaded, handed over once. */
    public List<WebhookEvent> pullEvents() {
        return events.pull();
    }

    public Snapshot snapshot() {
        return new Snapshot(id, owner, url, eventTypes, secret, previousSecret, previousValidUntil, disabled,
                consecutiveFailures, subscribedAt, version());
    }

    /** Never the secrets. */
    @Override
    public String toString() {
        return "WebhookSubscription[" + id + " " + url + " " + eventTypes + (isEnabled() ? "" : " disabled") + "]";
    }

    /** Why deliveries stopped. */
    public enum DisabledCause {
        /** A person disabled it. */
        BY_STAFF,
        /** The library, after too many failed deliveries in a row. */
        FAILURES
    }

    /**
     * Deliveries stopped: why, by whom (the system for {@code FAILURES}), after how many failures
     * in a row, the last failure's reason, and when.
     */
    public record Disablement(DisabledCause cause, StaffId by, int consecutiveFailures, Optional<String> lastFailure,
                              Instant at) {
        public Disablement {
            checkNotNull(cause, "cause");
            checkNotNull(by, "by");
            checkNotNull(lastFailure, "lastFailure");
            checkNotNull(at, "at");
        }
    }

    /**
     * The whole state, as adapters store it. {@link #toString()} leaves the secrets out.
     *
     * @param consecutiveFailures the failed deliveries since the last success (not part of the version)
     * @param version             the count of the subscription's events
     */
    public record Snapshot(WebhookId id, StaffId owner, String url, ImmutableSortedSet<String> eventTypes,
                           WebhookSecret secret, Optional<WebhookSecret> previousSecret,
                           Optional<Instant> previousValidUntil, Optional<Disablement> disabled,
                           int consecutiveFailures, Instant subscribedAt, long version) {
        public Snapshot {
            checkNotNull(id, "id");
            checkNotNull(owner, "owner");
            checkNotNull(url, "url");
            checkArgument(HTTP_URL.matcher(url).matches(), "url %s is not http or https", url);
            checkNotNull(eventTypes, "eventTypes");
            checkArgument(!eventTypes.isEmpty(), "webhook %s subscribes to no event type", id);
            checkNotNull(secret, "secret");
            checkNotNull(previousSecret, "previousSecret");
            checkNotNull(previousValidUntil, "previousValidUntil");
            checkArgument(previousSecret.isPresent() == previousValidUntil.isPresent(),
                    "a previous secret comes with the instant it signs until");
            checkNotNull(disabled, "disabled");
            checkArgument(consecutiveFailures >= 0, "consecutiveFailures %s", consecutiveFailures);
            checkNotNull(subscribedAt, "subscribedAt");
            checkArgument(version >= 1, "version %s is below 1", version);
        }

        /** This state with {@code failures} consecutive failures, as the store counts them. */
        public Snapshot withConsecutiveFailures(int failures) {
            return new Snapshot(id, owner, url, eventTypes, secret, previousSecret, previousValidUntil, disabled,
                    failures, subscribedAt, version);
        }

        @Override
        public String toString() {
            return "Snapshot[" + id + " " + url + " " + eventTypes + " v" + version + "]";
        }
    }
}
