package org.itilhis.adapters.rest.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.itilhis.adapters.rest.problem.ApiException;
import org.itilhis.core.priority.Priority;
import org.junit.jupiter.api.Test;

class SearchCursorTest {
    private final SearchCursor cursor = new SearchCursor(Priority.P2, Instant.parse("2026-03-02T08:15:30Z"),
            "INC-2026-000042");

    @Test
    void survivesTheRoundTripAsAnOpaqueUrlSafeToken() {
        String token = cursor.token();
        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(SearchCursor.parse(token)).isEqualTo(cursor);
    }

    @Test
    void aTokenThisServerDidNotIssueIsRefusedAs400() {
        for (String token : new String[] {"", "xyz", "MXxQMnw", "not base64!", cursor.token().substring(3)}) {
            assertThatThrownBy(() -> SearchCursor.parse(token)).as(token).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.errors()).extracting(error -> error.field()).containsExactly("cursor"));
        }
    }
}
