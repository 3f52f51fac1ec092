package org.itilhis.adapters.rest.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.junit.jupiter.api.Test;

class IfMatchTest {
    @Test
    void aStrongTagIsTheExpectedVersion() {
        assertThat(IfMatch.parse("\"7\"")).isEqualTo(new IfMatch(false, 7L));
        assertThat(IfMatch.parse(" \"7\" , W/\"8\" ")).isEqualTo(new IfMatch(false, 7L));
        assertThat(IfMatch.parse("\"7\", \"7\"")).isEqualTo(new IfMatch(false, 7L));
    }

    @Test
    void aStarMatchesAnyVersion() {
        IfMatch any = IfMatch.parse("*");
        assertThat(any.any()).isTrue();
        assertThat(any.matchesNothing()).isFalse();
    }

    @Test
    void weakOrForeignTagsMatchNothing() {
        assertThat(IfMatch.parse("W/\"7\"").matchesNothing()).isTrue();
        assertThat(IfMatch.parse("\"v7\"").matchesNothing()).isTrue();
        assertThat(IfMatch.parse("\"\"").matchesNothing()).isTrue();
    }

    @Test
    void missingIs428AndMalformedIs400() {
        assertThatThrownBy(() -> IfMatch.parse(null)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(428));
        assertThatThrownBy(() -> IfMatch.parse(" ")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(428));
        for (String malformed : new String[] {"7", "\"7", "\"7\" \"8\"", "\"7\", \"8\"", "\"7\",,", "**"}) {
            assertThatThrownBy(() -> IfMatch.parse(malformed)).as(malformed).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.status()).isEqualTo(400));
        }
    }

    @Test
    void ifNoneMatchComparesWeakly() {
        assertThat(IfMatch.noneMatchHits("\"3\"", 3)).isTrue();
        assertThat(IfMatch.noneMatchHits("W/\"3\"", 3)).isTrue();
        assertThat(IfMatch.noneMatchHits("\"2\", \"3\"", 3)).isTrue();
        assertThat(IfMatch.noneMatchHits("*", 3)).isTrue();
        assertThat(IfMatch.noneMatchHits("\"2\"", 3)).isFalse();
        assertThat(IfMatch.noneMatchHits("3", 3)).isFalse();
        assertThat(IfMatch.noneMatchHits(null, 3)).isFalse();
    }
}
