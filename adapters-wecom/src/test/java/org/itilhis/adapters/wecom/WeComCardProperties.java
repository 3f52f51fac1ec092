package org.itilhis.adapters.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.itilhis.core.notification.Channel;
import org.itilhis.ports.notification.out.OutgoingMessage;

/** Whatever the rendered body, the card fits WeCom's limit and never splits a character. */
class WeComCardProperties {

    @Property(tries = 300)
    void theCardFitsTheLimitKeepsTitleAndLinkAndCutsOnlyBetweenCharacters(
            @ForAll("bodies") String text) {
        OutgoingMessage message = new OutgoingMessage("evt_1.1", Channel.WECOM, "https://qyapi.weixin.qq.com/x",
                Optional.empty(), Locale.SIMPLIFIED_CHINESE, "ticket.assigned", "INC-2026-000001",
                "INC-2026-000001 [P1] 心电图机无法上传", text, Optional.of(URI.create("https://itsm.example/t/1")));

        String content = WeComCard.markdown(message);

        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isLessThanOrEqualTo(WeComCard.MAX_MARKDOWN_BYTES);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).as("round trip through UTF-8").isEqualTo(content);
        assertThat(content).startsWith("**INC-2026-000001 [P1] 心电图机无法上传**\n")
                .endsWith("\n[查看 INC-2026-000001](https://itsm.example/t/1)");
        String shownBody = content.substring(content.indexOf('\n') + 1, content.lastIndexOf('\n'));
        if (!shownBody.equals(text.strip())) {
            assertThat(shownBody).endsWith(Utf8Budget.ELLIPSIS);
            assertThat(text.strip()).startsWith(shownBody.substring(0, shownBody.length() - 1));
        }
    }

    @Property(tries = 200)
    void theTextFitsItsLimitKeepsTitleAndLinkAndCutsOnlyBetweenCharacters(@ForAll("bodies") String text) {
        OutgoingMessage message = new OutgoingMessage("evt_1.1", Channel.WECOM, "https://qyapi.weixin.qq.com/x",
                Optional.empty(), Locale.ENGLISH, "ticket.assigned", "INC-2026-000001",
                "INC-2026-000001 [P1] ECG cart cannot upload", text, Optional.of(URI.create("https://itsm.example/t/1")));

        String content = WeComCard.text(message);

        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isLessThanOrEqualTo(WeComCard.MAX_TEXT_BYTES);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).as("round trip through UTF-8").isEqualTo(content);
        assertThat(content).startsWith("INC-2026-000001 [P1] ECG cart cannot upload\n")
                .endsWith("\nOpen: https://itsm.example/t/1");
    }

    /** Bodies of up to 3000 characters of one to four UTF-8 bytes each, around the limit and beyond. */
    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.of("a", " ", "\n", "*", "检", "验", "科", "é", "😀", "𠀀")
                .list().ofMaxSize(3000).map(pieces -> String.join("", pieces));
    }
}
