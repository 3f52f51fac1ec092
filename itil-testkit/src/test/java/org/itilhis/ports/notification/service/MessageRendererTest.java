package org.itilhis.ports.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Locale;
import org.itilhis.core.notification.MessageTemplate;
import org.itilhis.core.notification.NotificationLanguages;
import org.itilhis.ports.notification.in.InvalidMessageTemplateException;
import org.itilhis.ports.notification.in.MessageFacts;
import org.itilhis.ports.notification.in.RenderedMessage;
import org.itilhis.testkit.memory.InMemoryMessageTemplates;
import org.itilhis.testkit.memory.InMemoryTransactions;
import org.junit.jupiter.api.Test;

class MessageRendererTest {
    private final InMemoryMessageTemplates templates = new InMemoryMessageTemplates(new InMemoryTransactions());
    private final MessageRenderer renderer = new MessageRenderer(templates);
    private final MessageFacts facts = MessageFacts.of("INC-2026-000123", "PACS viewer freezes on ward 5")
            .withPriority("P2").withStatus("ASSIGNED").withGroup("radiology-it")
            .withLink(URI.create("https://itil.example-hospital.cn/tickets/INC-2026-000123"));

    @Test
    void theEnglishDefaultSaysTheLabelNumberPrioritySummaryAndLink() {
        RenderedMessage message = renderer.render("ticket.assigned", NotificationLanguages.EN, facts);

        assertThat(message.subject())
                .isEqualTo("[INC-2026-000123] Ticket assigned to you (P2): PACS viewer freezes on ward 5");
        assertThat(message.body()).isEqualTo("""
                **Ticket assigned to you**: INC-2026-000123

                PACS viewer freezes on ward 5

                - Priority: P2
                - Status: ASSIGNED
                - Group: radiology-it

                Open: https://itil.example-hospital.cn/tickets/INC-2026-000123
                """);
    }

    @Test
    void theChineseDefaultIsWrittenInChinese() {
        RenderedMessage message = renderer.render("ticket.assigned", Locale.SIMPLIFIED_CHINESE, facts);

        assertThat(message.subject()).isEqualTo("【工单已派给您】INC-2026-000123 [P2] PACS viewer freezes on ward 5");
        assertThat(message.body()).contains("- 优先级：P2", "- 处理组：radiology-it",
                "查看：https://itil.example-hospital.cn/tickets/INC-2026-000123");
    }

    @Test
    void absentFactsLeaveNoEmptyLines() {
        RenderedMessage message = renderer.render("sla.threshold-crossed", NotificationLanguages.EN,
                MessageFacts.of("INC-2026-000007", "Ward printer offline").withThreshold("RESOLUTION 75%"));

        assertThat(message.subject()).isEqualTo("[INC-2026-000007] SLA threshold crossed: Ward printer offline");
        assertThat(message.body()).isEqualTo("""
                **SLA threshold crossed**: INC-2026-000007

                Ward printer offline

                - SLA threshold: RESOLUTION 75%
                """);
    }

    @Test
    void freeTextIsShownOnlyWhenTheFactsCarryIt() {
        MessageFacts update = MessageFacts.of("INC-2026-000009", "Lab analyser link down");

        assertThat(renderer.render("ticket.caller-updated", NotificationLanguages.EN, update).body())
                .doesNotContain(">");
        assertThat(renderer.render("ticket.caller-updated", NotificationLanguages.EN,
                update.withFreeText("Vendor engineer arrives at 14:00")).body())
                .contains("> Vendor engineer arrives at 14:00");
    }

    @Test
    void nothingIsEscapedAsHtml() {
        RenderedMessage message = renderer.render("ticket.resolved", NotificationLanguages.EN,
                MessageFacts.of("INC-2026-000010", "<b>HIS & \"EMR\"</b> can't log in"));

        assertThat(message.subject()).endsWith(": <b>HIS & \"EMR\"</b> can't log in");
        assertThat(message.body()).contains("<b>HIS & \"EMR\"</b> can't log in");
    }

    @Test
    void noFieldCanPutALineBreakIntoTheSubject() {
        RenderedMessage message = renderer.render("ticket.resolved", NotificationLanguages.EN,
                MessageFacts.of("INC-2026-000011", "Printer\r\nBcc: everyone@hospital.cn\u2028more"));

        assertThat(message.subject()).doesNotContain("\n", "\r", "\u2028")
                .isEqualTo("[INC-2026-000011] Your ticket was resolved: Printer Bcc: everyone@hospital.cn more");
        assertThat(message.body()).contains("Printer\r\nBcc: everyone@hospital.cn");
    }

    @Test
    void aStoredOverrideOfTheEventTypeAndLanguageIsUsedAndOnlyThere() {
        templates.save(new MessageTemplate("ticket.resolved", NotificationLanguages.ZH,
                "{{number}} 已解决\n", "您好，{{summary}} 已处理完毕。{{#freeText}}{{freeText}}{{/freeText}}"));

        RenderedMessage chinese = renderer.render("ticket.resolved", NotificationLanguages.ZH,
                MessageFacts.of("INC-2026-000012", "门诊叫号屏黑屏"));

        assertThat(chinese).isEqualTo(new RenderedMessage("INC-2026-000012 已解决", "您好，门诊叫号屏黑屏 已处理完毕。"));
        assertThat(renderer.render("ticket.resolved", NotificationLanguages.EN,
                MessageFacts.of("INC-2026-000012", "Screen")).subject()).startsWith("[INC-2026-000012] Your ticket");
        assertThat(renderer.render("ticket.assigned", NotificationLanguages.ZH,
                MessageFacts.of("INC-2026-000012", "Screen")).subject()).startsWith("【工单已派给您】");
    }

    @Test
    void aLanguageOtherThanChineseIsWrittenInEnglish() {
        assertThat(renderer.render("ticket.resolved", Locale.FRENCH, facts).subject()).contains("Your ticket was resolved");
    }

    @Test
    void anEventTypeWithoutALabelIsNamedAsItIs() {
        assertThat(renderer.label("stock.item-defined", NotificationLanguages.ZH)).isEqualTo("stock.item-defined");
        assertThat(renderer.label("ticket.escalated", NotificationLanguages.ZH)).isEqualTo("工单已升级到您的组");
    }

    @Test
    void aTemplateThatDoesNotCompileIsRefusedWithMustachesReason() {
        MessageTemplate broken = new MessageTemplate("ticket.assigned", NotificationLanguages.EN,
                "{{number}}", "{{#priority}}unclosed section");

        assertThatThrownBy(() -> MessageRenderer.check(broken))
                .isInstanceOfSatisfying(InvalidMessageTemplateException.class, e -> {
                    assertThat(e.code()).isEqualTo("notification-template.invalid");
                    assertThat(e.getMessage()).startsWith("Field body: the en template of ticket.assigned does not compile: ");
                    assertThat(e.messageIn(Locale.CHINESE)).startsWith("字段 body：ticket.assigned 的 en 模板无法编译：");
                });
    }

    @Test
    void aTemplateCannotReadAPartial() {
        MessageTemplate partial = new MessageTemplate("ticket.assigned", NotificationLanguages.EN,
                "{{> /etc/passwd}}", "body");

        assertThatThrownBy(() -> MessageRenderer.check(partial)).isInstanceOf(InvalidMessageTemplateException.class)
                .hasMessageStartingWith("Field subject:");
    }
}
