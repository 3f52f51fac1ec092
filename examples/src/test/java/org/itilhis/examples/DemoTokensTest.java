package org.itilhis.examples;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.itilhis.adapters.rest.auth.BearerTokenAuthenticator;
import org.itilhis.testkit.memory.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTokensTest {
    @TempDir
    Path data;

    @Test
    void everyDemoPersonGetsARandomTokenKeptInAFileOnlyItsOwnerCanRead() throws IOException {
        DemoTokens tokens = DemoTokens.loadOrCreate(data);

        Set<String> distinct = new HashSet<>();
        DemoTokens.PEOPLE.keySet().forEach(name -> distinct.add(tokens.token(name)));
        assertThat(distinct).hasSize(DemoTokens.PEOPLE.size()).allMatch(token -> token.matches("demo-[A-Za-z0-9_-]{24}"));
        Path file = data.resolve(DemoTokens.FILE_NAME);
        assertThat(tokens.file()).isEqualTo(file);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(Files.readString(file)).contains("AGENT_CHEN=" + tokens.token("AGENT_CHEN"))
                .contains("# S0001 SERVICE_DESK_AGENT");
    }

    @Test
    void theSameTokensComeBackAtTheNextStart() {
        DemoTokens first = DemoTokens.loadOrCreate(data);
        DemoTokens second = DemoTokens.loadOrCreate(data);

        DemoTokens.PEOPLE.keySet().forEach(name -> assertThat(second.token(name)).isEqualTo(first.token(name)));
    }

    @Test
    void aMissingOrMalformedTokenIsReplacedAndTheOthersKept() throws IOException {
        DemoTokens first = DemoTokens.loadOrCreate(data);
        Path file = data.resolve(DemoTokens.FILE_NAME);
        String text = Files.readString(file, StandardCharsets.UTF_8)
                .replace("NURSE_WANG=" + first.token("NURSE_WANG"), "NURSE_WANG=short")
                .replace("CLERK_LI=" + first.token("CLERK_LI") + "\n", "");
        Files.writeString(file, text, StandardCharsets.UTF_8);

        DemoTokens repaired = DemoTokens.loadOrCreate(data);

        assertThat(repaired.token("NURSE_WANG")).isNotEqualTo("short").isNotEqualTo(first.token("NURSE_WANG"));
        assertThat(repaired.token("CLERK_LI")).isNotEqualTo(first.token("CLERK_LI"));
        assertThat(repaired.token("AGENT_CHEN")).isEqualTo(first.token("AGENT_CHEN"));
        assertThat(DemoTokens.loadOrCreate(data).token("NURSE_WANG")).isEqualTo(repaired.token("NURSE_WANG"));
    }

    @Test
    void theTokensExpireAfterTheirLifetimeAndTheNextStartMakesNewOnes() throws IOException {
        MutableClock clock = MutableClock.at("2026-03-02T08:00:00.250Z");
        DemoTokens first = DemoTokens.loadOrCreate(data, Duration.ofDays(3), clock);
        BearerTokenAuthenticator authenticator = first.authenticator();

        assertThat(first.expiresAt()).isEqualTo(Instant.parse("2026-03-05T08:00:00Z"));
        assertThat(Files.readString(data.resolve(DemoTokens.FILE_NAME)))
                .contains("DEMO_TOKENS_EXPIRE=2026-03-05T08:00:00Z");
        clock.advance(Duration.ofDays(2));
        assertThat(DemoTokens.loadOrCreate(data, Duration.ofDays(3), clock).token("AGENT_CHEN"))
                .as("a restart before the expiry keeps them").isEqualTo(first.token("AGENT_CHEN"));
        assertThat(authenticator.authenticate(authorization(first.token("AGENT_CHEN")))).isPresent();

        clock.advance(Duration.ofDays(1));
        DemoTokens renewed = DemoTokens.loadOrCreate(data, Duration.ofDays(3), clock);

        assertThat(authenticator.authenticate(authorization(first.token("AGENT_CHEN")))).as("expired").isEmpty();
        assertThat(renewed.token("AGENT_CHEN")).isNotEqualTo(first.token("AGENT_CHEN"));
        assertThat(renewed.expiresAt()).isEqualTo(Instant.parse("2026-03-08T08:00:00Z"));
        assertThat(renewed.authenticator().authenticate(authorization(renewed.token("AGENT_CHEN"))))
                .contains(DemoTokens.PEOPLE.get("AGENT_CHEN"));
    }

    @Test
    void aFileWithoutAReadableExpiryGetsNewTokens() throws IOException {
        DemoTokens first = DemoTokens.loadOrCreate(data);
        Path file = data.resolve(DemoTokens.FILE_NAME);
        Files.writeString(file, Files.readString(file).replaceAll("DEMO_TOKENS_EXPIRE=.*", "DEMO_TOKENS_EXPIRE=soon"));

        assertThat(DemoTokens.loadOrCreate(data).token("AGENT_CHEN")).isNotEqualTo(first.token("AGENT_CHEN"));
    }

    @Test
    void onlyAShortPrefixOfATokenIsShown() {
        DemoTokens tokens = DemoTokens.loadOrCreate(data);

        assertThat(tokens.prefix("AGENT_CHEN")).hasSize(12).endsWith("...")
                .startsWith(tokens.token("AGENT_CHEN").substring(0, 9));
    }

    /** Request headers with only an Authorization header carrying {@code token}. */
    private static HttpHeaders authorization(String token) {
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(), new Class<?>[] {HttpHeaders.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getHeaderString")) {
                        return HttpHeaders.AUTHORIZATION.equalsIgnoreCase((String) args[0]) ? "Bearer " + token : null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
