package org.itilhis.adapters.rest.problemdetails;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {
    @Test
    void anyChineseIsSimplifiedChinese() {
        for (String header : new String[] {"zh-CN", "zh", "zh-Hans-CN", "zh-TW", "fr;q=0.9, zh;q=0.8", "ZH-cn"}) {
            assertThat(Languages.parse(header)).as(header).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        }
    }

    @Test
    void everythingElseIsEnglish() {
        for (String header : new String[] {null, "", "en", "en-US, zh;q=0.5", "de", "*", "zh;q=0", ";;", "x-klingon"}) {
            assertThat(Languages.parse(header)).as(String.valueOf(header)).isEqualTo(Locale.ENGLISH);
        }
    }

    @Test
    void tagsAreBcp47() {
        assertThat(Languages.tag(Locale.SIMPLIFIED_CHINESE)).isEqualTo("zh-CN");
        assertThat(Languages.tag(Locale.ENGLISH)).isEqualTo("en");
    }
}
