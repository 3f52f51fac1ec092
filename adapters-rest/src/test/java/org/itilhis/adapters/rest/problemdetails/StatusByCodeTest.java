package org.itilhis.adapters.rest.problemdetails;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.itilhis.core.shared.Messages;
import org.junit.jupiter.api.Test;

/** The status of every stable code the core can raise, decided by the code alone. */
class StatusByCodeTest {
    @Test
    void mapsTheCodesOfTheCore() {
        assertThat(StatusByCode.of("command.invalid")).isEqualTo(400);
        assertThat(StatusByCode.of("access.denied")).isEqualTo(403);
        assertThat(StatusByCode.of("ticket.not-found")).isEqualTo(404);
        assertThat(StatusByCode.of("contact.not-found")).isEqualTo(404);
        assertThat(StatusByCode.of("workflow.illegal-transition")).isEqualTo(409);
        assertThat(StatusByCode.of("workflow.guard-failed")).isEqualTo(409);
        assertThat(StatusByCode.of("ticket.closed")).isEqualTo(409);
        assertThat(StatusByCode.of("ticket.version-conflict")).isEqualTo(412);
        assertThat(StatusByCode.of("contact.version-conflict")).isEqualTo(412);
        assertThat(StatusByCode.of("assignment.unknown-group")).isEqualTo(422);
        assertThat(StatusByCode.of("ticket.not-an-incident")).isEqualTo(422);
        assertThat(StatusByCode.of("workflow.missing-field")).isEqualTo(422);
        assertThat(StatusByCode.of("change.some-future-rule")).isEqualTo(409);
    }

    @Test
    void mapsTheCodesOfServiceLevelManagement() {
        assertThat(StatusByCode.of("sla.not-configured")).isEqualTo(409);
        assertThat(StatusByCode.of("calendar.not-found")).isEqualTo(404);
        assertThat(StatusByCode.of("sla.version-conflict")).isEqualTo(412);
    }

    @Test
    void mapsTheCodesOfTheCmdb() {
        assertThat(StatusByCode.of("cmdb.ci-not-found")).isEqualTo(404);
        assertThat(StatusByCode.of("cmdb.duplicate-asset-tag")).isEqualTo(409);
        assertThat(StatusByCode.of("ci.version-conflict")).isEqualTo(412);
        assertThat(StatusByCode.of("cmdb.invalid-attributes")).isEqualTo(422);
        assertThat(StatusByCode.of("cmdb.class-change")).isEqualTo(422);
        assertThat(StatusByCode.of("cmdb.relationship-not-allowed")).isEqualTo(422);
    }

    @Test
    void mapsTheCodesOfProblemManagement() {
        assertThat(StatusByCode.of("problem.not-found")).isEqualTo(404);
        assertThat(StatusByCode.of("problem.candidate-not-found")).isEqualTo(404);
        assertThat(StatusByCode.of("problem.version-conflict")).isEqualTo(412);
        assertThat(StatusByCode.of("problem.closed")).isEqualTo(409);
        assertThat(StatusByCode.of("problem.incident-already-linked")).isEqualTo(409);
        assertThat(StatusByCode.of("problem.incident-not-linked")).isEqualTo(409);
        assertThat(StatusByCode.of("problem.incident-ended")).isEqualTo(409);
        assertThat(StatusByCode.of("problem.not-an-incident")).isEqualTo(422);
    }

    @Test
    void everyCodeOfTheCoreCatalogueIsAClientError() throws IOException {
        Properties codes = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/org/itilhis/core/messages.properties")) {
            codes.load(in);
        }
        for (String code : codes.stringPropertyNames()) {
            if (!code.startsWith("guard.")) {
                assertThat(StatusByCode.of(code)).as(code).isBetween(400, 499);
            }
        }
    }
}
