package org.itilhis.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CorsPolicyTest {

    @Test
    void originsAreKeptAsBrowsersSendThem() {
        CorsPolicy policy = CorsPolicy.allowing("HTTPS://Desk.Hospital.example:443", "http://10.1.2.3:8080");

        assertThat(policy.origins()).containsExactly("https://desk.hospital.example", "http://10.1.2.3:8080");
        assertThat(policy.allows(Optional.of("https://desk.hospital.example"))).isTrue();
        assertThat(policy.allows(Optional.of("http://desk.hospital.example"))).isFalse();
        assertThat(policy.allows(Optional.of("https://desk.hospital.example.evil.example"))).isFalse();
        assertThat(policy.allows(Optional.empty())).isFalse();
    }

    @Test
    void noneAllowsNothing() {
        assertThat(CorsPolicy.none().enabled()).isFalse();
        assertThat(CorsPolicy.none().allows(Optional.of("https://desk.hospital.example"))).isFalse();
    }

    @Test
    void wildcardsPathsAndOtherSchemesAreRefused() {
        for (String origin : new String[] {"*", "https://*.hospital.example", "https://desk.hospital.example/app",
                "ftp://desk.hospital.example", "desk.hospital.example", "https://desk.hospital.example?x=1", "null"}) {
            assertThatThrownBy(() -> CorsPolicy.allowing(origin)).as(origin).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
