package org.itilhis.adapters.dingtalk;

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

/** Whatever the rendered body and subject, the card keeps to its budget and never splits a character. */
class DingTalkCardProperties {

    @Property(tries = 300)
    void theCardKeepsToItsBudgetKeepsHeadingAndLinkAndCutsOnlyBetweenCharacters(
            @ForAll("texts") String body, @ForAll("texts") String subject) {
        OutgoingMessage message = new OutgoingMessage("evt_1.1", Channel.DINGTALK, "https://oapi.dingtalk.com/robot/send",
                Optional.empty(), Locale.SIMPLIFIED_CHINESE, "ticket.assigned", "INC-2026-000001",
                "INC-2026-000001 [P1] " + subject.replace('\n', ' '), body, Optional.of(URI.create("https://itsm.example/t/1")));

        for (String shown : new String[] {DingTalkCard.text(message), DingTalkCard.plainText(message)}) {
            byte[] bytes = shown.getBytes(StandardCharsets.UTF_8);
            assertThat(bytes.length).isLessThanOrEqualTo(DingTalkCard.MAX_TEXT_BYTES);
            assertThat(new String(bytes, StandardCharsets.UTF_8)).as("round trip through UTF-8").isEqualTo(shown);
            assertThat(shown).contains("INC-2026-000001");
        }
        String title = DingTalkCard.title(message);
        assertThat(title.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(DingTalkCard.MAX_TITLE_BYTES);
        assertThat(title).startsWith("INC-2026-000001 [P1]");
    }

    /** Texts of up to 3000 characters of one to four UTF-8 bytes each, around the budget and beyond. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("a", " ", "\n", "*", "检", "验", "科", "é", "😀", "𠀀")
                .list().ofMaxSize(3000).map(pieces -> String.join("", pieces));
    }
}
