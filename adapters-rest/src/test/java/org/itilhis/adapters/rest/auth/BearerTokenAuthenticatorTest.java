package org.itilhis.adapters.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.Role;
import org.itilhis.testkit.memory.MutableClock;
import org.junit.jupiter.api.Test;

class BearerTokenAuthenticatorTest {
    private static final Actor AGENT = Actor.of("S0001", Role.SERVICE_DESK_AGENT);
    private static final Actor LEAD = Actor.of("E0100", Role.FIRST_LINE_ENGINEER, Role.GROUP_LEAD);

    private final BearerTokenAuthenticator tokens = BearerTokenAuthenticator.builder()
            .grantToken("desk-token-1", AGENT)
            .grantHashed(BearerTokenAuthenticator.sha256Hex("lead-token-2").toUpperCase(Locale.ROOT), LEAD)
            .build();

    @Test
    void hashesWithSha256() {
        assertThat(BearerTokenAuthenticator.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aConfiguredTokenIsItsActor() {
        assertThat(tokens.authenticate(authorization("Bearer desk-token-1"))).contains(AGENT);
        assertThat(tokens.authenticate(authorization("bearer   lead-token-2"))).contains(LEAD);
    }

    @Test
    void anythingElseIsNobody() {
        for (String header : new String[] {null, "", "Bearer", "Bearer ", "Bearer desk-token-2", "Basic desk-token-1",
                "Bearer desk token", "Bearer desk-token-1,x", "desk-token-1", "Bearer " + "a".repeat(5000)}) {
            assertThat(tokens.authenticate(authorization(header))).as(String.valueOf(header)).isEmpty();
        }
    }

    @Test
    void aGrantExpiresAfterTheLifetimeOrAtItsOwnInstant() {
        MutableClock clock = MutableClock.at("2026-03-02T08:00:00Z");
        BearerTokenAuthenticator expiring = BearerTokenAuthenticator.builder().clock(clock).lifetime(Duration.ofDays(7))
                .grantToken("desk-token-1", AGENT)
                .grantToken("lead-token-2", LEAD, Instant.parse("2026-03-03T08:00:00Z"))
                .build();

        clock.advance(Duration.ofDays(1).minusSeconds(1));
        assertThat(expiring.authenticate(authorization("Bearer lead-token-2"))).contains(LEAD);
        clock.advance(Duration.ofSeconds(1));
        assertThat(expiring.authenticate(authorization("Bearer lead-token-2"))).isEmpty();
        assertThat(expiring.authenticate(authorization("Bearer desk-token-1"))).contains(AGENT);
        clock.advance(Duration.ofDays(6));
        assertThat(expiring.authenticate(authorization("Bearer desk-token-1"))).isEmpty();
    }

    @Test
    void byDefaultAGrantLastsThirtyDays() {
        MutableClock clock = MutableClock.at("2026-03-02T08:00:00Z");
        BearerTokenAuthenticator tokens = BearerTokenAuthenticator.builder().clock(clock)
                .grantToken("desk-token-1", AGENT).build();

        clock.advance(BearerTokenAuthenticator.DEFAULT_LIFETIME.minusSeconds(1));
        assertThat(tokens.authenticate(authorization("Bearer desk-token-1"))).contains(AGENT);
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.authenticate(authorization("Bearer desk-token-1"))).isEmpty();
    }

    @Test
    void onlyHashesAndTokensOfTheBearerAlphabetAreConfigured() {
        assertThatThrownBy(() -> BearerTokenAuthenticator.builder().grantHashed("not-a-hash", AGENT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BearerTokenAuthenticator.builder().grantToken("with space", AGENT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Request headers with only an Authorization header. */
    static HttpHeaders authorization(String value) {
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(), new Class<?>[] {HttpHeaders.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getHeaderString")) {
                        return HttpHeaders.AUTHORIZATION.equalsIgnoreCase((String) args[0]) ? value : null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
