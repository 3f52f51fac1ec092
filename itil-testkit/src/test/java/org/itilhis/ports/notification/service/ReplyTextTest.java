package org.itilhis.ports.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** What a person wrote above the message they answered, as each mail client quotes it. */
class ReplyTextTest {
    private static final String NEW = "打印机又卡纸了。\nStill jammed after the new ribbon.";

    @Test
    void gmailsOnWroteLineAndEverythingBelowItAreDropped() {
        assertThat(ReplyText.of(NEW + "\n\nOn Mon, 7 Dec 2026 at 10:00, IT Desk <desk@hospital.example> wrote:\n"
                + "> Your incident INC-2026-000123 was assigned\n>\n> Priority P3\n")).isEqualTo(NEW);
    }

    @Test
    void anOnWroteLineFoldedOverTwoLinesIsRecognised() {
        assertThat(ReplyText.of(NEW + "\n\nOn Mon, 7 Dec 2026 at 10:00, IT Service Desk\n<desk@hospital.example> wrote:\n"
                + "quoted without markers\n")).isEqualTo(NEW);
    }

    @Test
    void outlooksOriginalMessageAndFromBlocksAreDropped() {
        assertThat(ReplyText.of(NEW + "\r\n\r\n-----Original Message-----\r\nFrom: IT Desk\r\nSent: Monday\r\n"))
                .isEqualTo(NEW);
        assertThat(ReplyText.of(NEW + "\n\n________________________________\nFrom: IT Desk\nSent: Monday\n"))
                .isEqualTo(NEW);
        assertThat(ReplyText.of(NEW + "\n\nFrom: IT Desk <desk@hospital.example>\nSent: Monday, 7 December 2026\n"
                + "To: Wang Fang\n")).isEqualTo(NEW);
    }

    @Test
    void chineseClientsQuoteLinesAreDropped() {
        assertThat(ReplyText.of(NEW + "\n\n在 2026年12月7日 10:00，信息科服务台 <desk@hospital.example> 写道：\n> 原文\n"))
                .isEqualTo(NEW);
        assertThat(ReplyText.of(NEW + "\n\n------------------ 原始邮件 ------------------\n发件人: 信息科服务台\n"))
                .isEqualTo(NEW);
        assertThat(ReplyText.of(NEW + "\n\n发件人：信息科服务台\n发送时间：2026年12月7日\n")).isEqualTo(NEW);
    }

    @Test
    void linesQuotedWithAnAngleBracketAreDroppedWhereverTheyAreAndTheSignatureToo() {
        assertThat(ReplyText.of("> which printer?\nThe one at the east station.\n> when?\nSince 8:00.\n-- \nWang Fang"))
                .isEqualTo("The one at the east station.\nSince 8:00.");
    }

    @Test
    void aReplyThatIsOnlyTheQuoteHasNoTextOfItsOwn() {
        assertThat(ReplyText.of("\n\n> Your incident was assigned\n> Priority P3\n")).isEmpty();
        assertThat(ReplyText.of("On Mon, 7 Dec 2026, IT Desk wrote:\n> Your incident was assigned")).isEmpty();
    }

    @Test
    void aSentenceThatMerelyBeginsWithOnIsKept() {
        assertThat(ReplyText.of("On the east ward the printer works again.\nThanks!"))
                .isEqualTo("On the east ward the printer works again.\nThanks!");
    }

    @Property
    void whateverIsQuotedBelowTheOnWroteLineOnlyTheNewTextIsLeft(@ForAll("lines") String written,
                                                                  @ForAll("lines") String quoted) {
        String body = written + "\n\nOn Mon, 7 Dec 2026 at 10:00, IT Desk <desk@hospital.example> wrote:\n"
                + quoted.lines().map(line -> "> " + line).reduce("", (a, b) -> a + b + "\n");

        assertThat(ReplyText.of(body)).isEqualTo(ReplyText.of(written));
        assertThat(ReplyText.of(written)).isEqualTo(written.strip());
    }

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> line = Arbitraries.strings().withChars("abcxyz 打印机卡纸。,.!?0123456789").ofMinLength(1)
                .ofMaxLength(40).map(String::strip).filter(text -> !text.isEmpty() && !text.startsWith("On"));
        return line.list().ofMinSize(1).ofMaxSize(6).map(lines -> String.join("\n", lines));
    }
}
