package org.itilhis.adapters.rest.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.ports.servicedesk.in.QueuePosition;
import org.junit.jupiter.api.Test;

class SearchCursorTest {
    private final SearchCursor cursor = new SearchCursor(new QueuePosition(Priority.P2,
            Instant.parse("2026-03-02T08:15:30.123456789Z"), TicketNumber.parse("INC-2026-1000042")));

    @Test
    void survivesTheRoundTripAsAnOpaqueUrlSafeToken() {
        String token = cursor.token();
        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(SearchCursor.parse(token)).isEqualTo(cursor);
    }

    @Test
    void aTokenIsVersionTwo() {
        assertThat(new String(BaseEncoding.base64Url().decode(cursor.token()), StandardCharsets.UTF_8))
                .isEqualTo("2|P2|2026-03-02T08:15:30.123456789Z|INC-2026-1000042");
    }

    @Test
    void aTokenThisServerDidNotIssueIsRefusedAs400() {
        for (String token : new String[] {"", "xyz", "MXxQMnw", "not base64!", cursor.token().substring(3),
            encoded("1|P2|2026-03-02T08:15:30Z|INC-2026-000042"), encoded("3|P2|2026-03-02T08:15:30Z|INC-2026-000042"),
            encoded("2|P9|2026-03-02T08:15:30Z|INC-2026-000042"), encoded("2|P2|yesterday|INC-2026-000042"),
            encoded("2|P2|2026-03-02T08:15:30Z|INC-42"), encoded("2|P2|2026-03-02T08:15:30Z|INC-2026-000042|x")}) {
            assertThatThrownBy(() -> SearchCursor.parse(token)).as(token).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.errors()).extracting(error -> error.field()).containsExactly("cursor"));
        }
    }

    private static String encoded(String text) {
        return BaseEncoding.base64Url().omitPadding().encode(text.getBytes(StandardCharsets.UTF_8));
    }
}
