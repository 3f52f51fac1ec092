package org.itilhis.core.monitoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.itilhis.core.shared.AggregateEvents;
import org.itilhis.core.shared.StaffId;

/**
 * A monitoring source registered to deliver alerts: a Prometheus Alertmanager, a Zabbix server,
 * or any other system speaking the generic format, known by its code, which is the last segment
 * of its receiver's address ({@code POST /api/v1/alerts/<code>}).
 *
 * <p>Invariants: the code is lower-case letters, digits and hyphens, starting with a letter, at
 * most 50 characters; the bearer token is kept only as its SHA-256 (the token itself is shown
 * once); a signing secret (HMAC-SHA256 of the body) only on a GENERIC source, kept itself since
 * a signature can only be checked with the key. The version counts the source's events.
 */
public final class AlertSource {
    /** The longest code. */
    public static final int MAX_CODE_LENGTH = 50;
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*");

    private final String code;
    private final AlertSourceKind kind;
    private final Instant registeredAt;
    private final AggregateEvents<AlertSourceEvent> events = new AggregateEvents<>();
    private String tokenHash;
    private Optional<SigningSecret> signingSecret;
    private boolean enabled;

    private AlertSource(Snapshot s) {
        this.code = s.code();
        this.kind = s.kind();
        this.registeredAt = s.registeredAt();
        this.tokenHash = s.tokenHash();
        this.signingSecret = s.signingSecret();
        this.enabled = s.enabled();
    }

    /**
     * A new, enabled source.
     *
     * @throws InvalidAlertSourceException if a signing secret is given for a source not GENERIC
     */
    public static AlertSource register(String code, AlertSourceKind kind, SourceToken token,
                                       Optional<SigningSecret> signingSecret, StaffId actor, Instant at) {
        checkNotNull(token, "token");
        checkSigning(kind, signingSecret);
        AlertSource source = new AlertSource(new Snapshot(code(code), kind, token.hash(), signingSecret, true, at, 1));
        source.events.created(new AlertSourceEvent.Registered(source.code, kind, signingSecret.isPresent(),
                checkNotNull(actor, "actor"), at));
        return source;
    }

    /** The source as stored; records no event. */
    public static AlertSource restore(Snapshot snapshot) {
        AlertSource source = new AlertSource(checkNotNull(snapshot, "snapshot"));
        source.events.restoredAt(snapshot.version());
        return source;
    }

    /**
     * The code given as text, stripped.
     *
     * @throws InvalidAlertSourceException unless it is {@code [a-z][a-z0-9-]*}, at most 50 characters
     */
    public static String code(String text) {
        String stripped = checkNotNull(text, "text").strip();
        if (stripped.length() > MAX_CODE_LENGTH || !CODE.matcher(stripped).matches()) {
            throw InvalidAlertSourceException.codeMalformed(stripped);
        }
        return stripped;
    }

    /** The stable aggregate id of a source's events, {@code alert-source:<code>}. */
    public static String aggregateIdOf(String code) {
        return "alert-source:" + code;
    }

    private static void checkSigning(AlertSourceKind kind, Optional<SigningSecret> signingSecret) {
        checkNotNull(kind, "kind");
        if (checkNotNull(signingSecret, "signingSecret").isPresent() && kind != AlertSourceKind.GENERIC) {
            throw InvalidAlertSourceException.signingNotGeneric(kind);
        }
    }

    /**
     * Replaces the token and the signing secret at once: the old ones stop authenticating.
     *
     * @throws InvalidAlertSourceException if a signing secret is given for a source not GENERIC
     */
    public void rotateCredentials(SourceToken token, Optional<SigningSecret> secret, StaffId actor, Instant at) {
        checkNotNull(token, "token");
        checkSigning(kind, secret);
        events.recorded(new AlertSourceEvent.CredentialsRotated(code, secret.isPresent(), actor, at), e -> {
            tokenHash = token.hash();
            signingSecret = secret;
        });
    }

    /** @throws InvalidAlertSourceException if it is disabled already */
    public void disable(StaffId actor, Instant at) {
        if (!enabled) {
            throw InvalidAlertSourceException.alreadyDisabled(code);
        }
        events.recorded(new AlertSourceEvent.Disabled(code, actor, at), e -> enabled = false);
    }

    /** @throws InvalidAlertSourceException if it is enabled already */
    public void enable(StaffId actor, Instant at) {
        if (enabled) {
            throw InvalidAlertSourceException.alreadyEnabled(code);
        }
        events.recorded(new AlertSourceEvent.Enabled(code, actor, at), e -> enabled = true);
    }

    /**
     * Whether a delivery presenting {@code bearer} (null when none) with {@code signature} (the
     * {@code X-Itilhis-Signature} header, null when none) over {@code body} is this source's:
     * enabled, the token's hash equal to the stored one, and, where a signing secret is kept, the
     * signature that of the body. Compared in constant time.
     */
    public boolean authenticates(String bearer, String signature, byte[] body) {
        boolean token = SourceToken.matches(bearer, tokenHash);
        boolean signed = signingSecret.map(secret -> secret.verifies(body, signature)).orElse(true);
        return enabled & token & signed;
    }

    public String code() {
        return code;
    }

    public AlertSourceKind kind() {
        return kind;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Whether deliveries must carry an HMAC signature of their body. */
    public boolean isSigned() {
        return signingSecret.isPresent();
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public long version() {
        return events.version();
    }

    /** The events recorded since it was made or loaded, handed over once. */
    public List<AlertSourceEvent> pullEvents() {
        return events.pull();
    }

    public Snapshot snapshot() {
        return new Snapshot(code, kind, tokenHash, signingSecret, enabled, registeredAt, version());
    }

    @Override
    public String toString() {
        return "AlertSource[" + code + " " + kind + (enabled ? "" : " disabled") + "]";
    }

    /**
     * The whole state, as adapters store it; {@link #toString()} leaves the credentials out.
     *
     * @param tokenHash the SHA-256 of the bearer token, lower-case hex
     */
    public record Snapshot(String code, AlertSourceKind kind, String tokenHash, Optional<SigningSecret> signingSecret,
                           boolean enabled, Instant registeredAt, long version) {
        public Snapshot {
            checkNotNull(code, "code");
            checkArgument(CODE.matcher(code).matches() && code.length() <= MAX_CODE_LENGTH, "code %s", code);
            checkNotNull(kind, "kind");
            checkNotNull(tokenHash, "tokenHash");
            checkArgument(tokenHash.matches("[0-9a-f]{64}"), "a token hash is 64 hex digits");
            checkNotNull(signingSecret, "signingSecret");
            checkArgument(signingSecret.isEmpty() || kind == AlertSourceKind.GENERIC, "only a generic source signs");
            checkNotNull(registeredAt, "registeredAt");
            checkArgument(version >= 1, "version %s is below 1", version);
        }

        @Override
        public String toString() {
            return "Snapshot[" + code + " " + kind + (enabled ? "" : " disabled") + " v" + version + "]";
        }
    }
}
