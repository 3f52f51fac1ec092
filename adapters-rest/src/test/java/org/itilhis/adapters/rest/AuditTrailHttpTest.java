package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.LEAD_WU;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.common.AuditTrailCheck;
import org.itilhis.ports.common.AuditTrailCheck.BrokenLink;
import org.itilhis.ports.common.AuditTrailCheck.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/audit/event-chain}: the director reads what the verification found, in
 * their language; nobody else may run it; an API without an audit trail does not serve it. The
 * in-memory storage has no chain, so the answers come from a trail the test scripts (the chain
 * itself is verified on the databases by the JDBC adapter's {@code AuditTrailBehaviour}).
 */
class AuditTrailHttpTest {
    private static final String PATH = "/api/v1/audit/event-chain";
    private final AtomicReference<AuditTrailCheck> found = new AtomicReference<>(AuditTrailCheck.holding(1200, 40, 1200));
    private final AtomicInteger verifications = new AtomicInteger();
    private final RunningApi api = RunningApi.withAuditTrail(() -> {
        verifications.incrementAndGet();
        return found.get();
    });

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void theDirectorLearnsThatTheChainHoldsWithHowManyEventsWereChecked() {
        RunningApi.Reply reply = api.get(PATH).as(DIRECTOR_GAO).send();

        assertThat(reply.status()).isEqualTo(200);
        JsonNode check = reply.json();
        assertThat(check.get("holds").asBoolean()).isTrue();
        assertThat(check.get("eventsChecked").asLong()).isEqualTo(1200);
        assertThat(check.get("unchainedEvents").asLong()).isEqualTo(40);
        assertThat(check.get("lastPosition").asLong()).isEqualTo(1200);
        assertThat(check.has("firstBrokenLink")).isFalse();
    }

    @Test
    void aBrokenChainNamesItsFirstBrokenLinkAndWhatItMeansInTheReadersLanguage() {
        found.set(AuditTrailCheck.broken(41, 0, 41, new BrokenLink(42, Fault.POSITION_MISSING)));

        JsonNode english = api.get(PATH).as(DIRECTOR_GAO).header("Accept-Language", "en").send().json();
        JsonNode chinese = api.get(PATH).as(DIRECTOR_GAO).header("Accept-Language", "zh-CN").send().json();

        assertThat(english.get("holds").asBoolean()).isFalse();
        assertThat(english.get("lastPosition").asLong()).isEqualTo(41);
        JsonNode link = english.get("firstBrokenLink");
        assertThat(link.get("position").asLong()).isEqualTo(42);
        assertThat(link.get("fault").asText()).isEqualTo("POSITION_MISSING");
        assertThat(link.get("message").asText()).isEqualTo(
                "No event holds position 42 though later ones do: an event was deleted");
        assertThat(chinese.at("/firstBrokenLink/message").asText()).isEqualTo("位置 42 没有事件，而其后的位置有：有事件被删除");
    }

    @Test
    void everyFaultHasATextInBothLanguages() {
        for (Fault fault : Fault.values()) {
            found.set(AuditTrailCheck.broken(0, 0, 0, new BrokenLink(7, fault)));
            for (String language : new String[] {"en", "zh"}) {
                String message = api.get(PATH).as(DIRECTOR_GAO).header("Accept-Language", language).send()
                        .json().at("/firstBrokenLink/message").asText();
                assertThat(message).as("%s in %s", fault, language).contains("7").doesNotStartWith("audit.");
            }
        }
    }

    @Test
    void nobodyButTheDirectorMayVerifyAndTheTrailIsNotReadForThem() {
        for (Actor actor : new Actor[] {NURSE_WANG, AGENT_CHEN, LEAD_WU}) {
            Problems.refused(api, 403, "access.denied", () -> api.get(PATH).as(actor).send());
        }
        Problems.refused(api, 401, "request.unauthenticated", () -> api.get(PATH).send());
        assertThat(verifications).hasValue(0);
    }

    @Test
    void anApiWithoutAnAuditTrailDoesNotServeIt() {
        try (RunningApi without = RunningApi.start()) {
            Problems.refused(without, 404, "request.not-found", () -> without.get(PATH).as(DIRECTOR_GAO).send());
        }
    }
}
