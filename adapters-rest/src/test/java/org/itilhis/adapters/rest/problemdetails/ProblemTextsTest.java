package org.itilhis.adapters.rest.problemdetails;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ProblemTextsTest {
    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("messages_zh_CN.properties").stringPropertyNames())
                .isEqualTo(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyStatusTheApiAnswersHasATitle() {
        for (int status : new int[] {400, 401, 403, 404, 405, 406, 409, 412, 413, 415, 422, 428, 500, 503}) {
            assertThat(ProblemTexts.find("title." + status, Locale.ENGLISH)).as("title.%s", status).isPresent();
        }
        assertThat(ProblemTexts.title(418, Locale.SIMPLIFIED_CHINESE)).isEqualTo("请求失败");
    }

    @Test
    void formatsInTheReadersLanguage() {
        assertThat(ProblemTexts.format("request.too-large", Locale.ENGLISH, 65536))
                .isEqualTo("The request body is larger than 65,536 bytes");
        assertThat(ProblemTexts.format("field.unknown-value", Locale.SIMPLIFIED_CHINESE, "P1, P2"))
                .isEqualTo("必须是以下之一：P1, P2");
        assertThat(ProblemTexts.format("no.such.key", Locale.ENGLISH)).isEqualTo("no.such.key");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemTexts.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
