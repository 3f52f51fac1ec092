package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.RunningApi.object;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.itilhis.testkit.DemoHospital;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who gets what over HTTP: director Gao reads the default rules and replaces them over their
 * version, overrides the Chinese template of an assignment; lead Sun sets the desktop group's
 * DingTalk robot (shown masked); nurse Wang sets her own preference. Bad input (an unknown event
 * type, a template Mustache cannot compile, a DingTalk secret too short, a webhook that is not
 * http) is refused in English and Chinese naming the field, with nothing changed.
 */
class NotificationSettingsHttpTest {
    private static final String RULES = "/api/v1/notification-rules";
    private static final String TEMPLATES = "/api/v1/notification-templates";
    private static final String ROBOTS = "/api/v1/group-robots";
    private static final String PREFERENCES = "/api/v1/notification-preferences";
    private static final String SECRET = "SEC" + "0f1e2d3c4b5a6978".repeat(4);
    private static final String DINGTALK = "https://oapi.dingtalk.com/robot/send?access_token=7c2b9e41d0";

    private RunningApi api;

    @BeforeEach
    void start() {
        api = RunningApi.start();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private static ObjectNode rulesWith(JsonNode rules, ObjectNode extra) {
        ObjectNode body = object();
        ArrayNode list = body.putArray("rules");
        rules.forEach(list::add);
        list.add(extra);
        return body;
    }

    private static ObjectNode rule(String eventType, String group) {
        ObjectNode rule = object().put("eventType", eventType).put("recipient", "GROUP_CHAT").put("freeText", false);
        rule.putArray("priorities").add("P1").add("P2");
        if (group != null) {
            rule.put("group", group);
        }
        return rule;
    }

    @Test
    void notificationRulesAreTheDefaultsUntilReplacedOverTheirVersion() {
        RunningApi.Reply defaults = api.get(RULES).as(LEAD_SUN).send();
        assertThat(defaults.status()).as("%s", defaults).isEqualTo(200);
        assertThat(defaults.etag()).isEqualTo("\"0\"");
        assertThat(defaults.json().get("defaults").asBoolean()).isTrue();
        assertThat(defaults.json().at("/rules/0/eventType").asText()).isEqualTo("ticket.assigned");
        assertThat(defaults.json().at("/rules/5/freeText").asBoolean()).isTrue();
        JsonNode rules = defaults.json().get("rules");

        RunningApi.Reply replaced = api.put(RULES).as(LEAD_SUN).header("If-Match", "\"0\"")
                .json(rulesWith(rules, rule("ticket.escalated", DemoHospital.DESKTOP.value()))).send();
        assertThat(replaced.status()).as("%s", replaced).isEqualTo(200);
        assertThat(replaced.etag()).isEqualTo("\"1\"");
        assertThat(api.get(RULES).as(ENGINEER_LIU).send().status()).isEqualTo(403);

        Problems.refused(api, 412, "notification-rules.version-conflict", () -> api.put(RULES).as(DIRECTOR_GAO)
                .header("If-Match", "\"0\"").json(rulesWith(rules, rule("ticket.resolved", null))).send());
        Problems.refused(api, 403, "access.denied", () -> api.put(RULES).as(LEAD_SUN).header("If-Match", "\"1\"")
                .json(rulesWith(rules, rule("ticket.resolved", null))).send());
        assertThat(api.put(RULES).as(DIRECTOR_GAO).json(rulesWith(rules, rule("ticket.resolved", null))).send()
                .status()).isEqualTo(428);
    }

    @Test
    void aRuleNamingAnUnknownEventTypeIsRefusedInBothLanguagesNamingTheRule() {
        JsonNode rules = api.get(RULES).as(DIRECTOR_GAO).send().json().get("rules");

        JsonNode english = Problems.refused(api, 422, "notification-rule.unknown-event-type", () -> api.put(RULES)
                .as(DIRECTOR_GAO).header("If-Match", "\"0\"").json(rulesWith(rules, rule("ticket.teleported", null)))
                .send());
        JsonNode chinese = Problems.refused(api, 422, "notification-rule.unknown-event-type", () -> api.put(RULES)
                .as(DIRECTOR_GAO).header("If-Match", "\"0\"").header("Accept-Language", "zh-CN")
                .json(rulesWith(rules, rule("ticket.teleported", null))).send());

        assertThat(english.get("detail").asText())
                .isEqualTo("Field rules[7].eventType: no practice logs an event of type ticket.teleported");
        assertThat(chinese.get("detail").asText()).startsWith("字段 rules[7].eventType：");
        JsonNode badRecipient = Problems.refused(api, 400, "request.invalid", () -> api.put(RULES).as(DIRECTOR_GAO)
                .header("If-Match", "\"0\"").json(rulesWith(rules, rule("ticket.resolved", null)
                        .put("recipient", "EVERYONE"))).send());
        assertThat(Problems.fields(badRecipient)).containsExactly("rules[7].recipient");
        assertThat(api.get(RULES).as(DIRECTOR_GAO).send().etag()).isEqualTo("\"0\"");
    }

    @Test
    void notificationTemplatesAreOverriddenPerEventTypeAndLanguageAndRemoved() {
        String path = TEMPLATES + "/ticket.assigned/zh";
        RunningApi.Reply byDefault = api.get(path).as(LEAD_SUN).send();
        assertThat(byDefault.status()).as("%s", byDefault).isEqualTo(200);
        assertThat(byDefault.json().get("overridden").asBoolean()).isFalse();
        assertThat(byDefault.json().get("label").asText()).isEqualTo("工单已派给您");
        assertThat(byDefault.json().get("subject").asText()).contains("{{number}}");

        RunningApi.Reply set = api.put(path).as(DIRECTOR_GAO)
                .json(object().put("subject", "【派单】{{number}} {{summary}}").put("body", "{{summary}}\n{{link}}"))
                .send();
        assertThat(set.status()).as("%s", set).isEqualTo(200);
        assertThat(api.get(TEMPLATES).as(LEAD_SUN).send().json().at("/items/0/subject").asText())
                .isEqualTo("【派单】{{number}} {{summary}}");

        assertThat(api.delete(path).as(DIRECTOR_GAO).send().status()).isEqualTo(204);
        assertThat(api.get(path).as(LEAD_SUN).send().json().get("overridden").asBoolean()).isFalse();
        Problems.refused(api, 404, "notification-template.not-found", () -> api.delete(path).as(DIRECTOR_GAO).send());
    }

    @Test
    void aTemplateThatDoesNotCompileOrInAnotherLanguageIsRefusedNamingTheField() {
        String path = TEMPLATES + "/ticket.assigned/en";

        JsonNode english = Problems.refused(api, 422, "notification-template.invalid", () -> api.put(path)
                .as(DIRECTOR_GAO).json(object().put("subject", "{{number}}").put("body", "{{#priority}}open")).send());
        JsonNode chinese = Problems.refused(api, 422, "notification-template.invalid", () -> api.put(path)
                .as(DIRECTOR_GAO).header("Accept-Language", "zh-CN")
                .json(object().put("subject", "{{number}}").put("body", "{{#priority}}open")).send());
        Problems.refused(api, 422, "notification.language-unsupported", () -> api.put(TEMPLATES
                + "/ticket.assigned/fr").as(DIRECTOR_GAO).json(object().put("subject", "{{number}}")
                .put("body", "x")).send());
        Problems.refused(api, 403, "access.denied", () -> api.put(path).as(LEAD_SUN)
                .json(object().put("subject", "{{number}}").put("body", "x")).send());

        assertThat(english.get("detail").asText()).startsWith("Field body: the en template of ticket.assigned"
                + " does not compile: ");
        assertThat(chinese.get("detail").asText()).startsWith("字段 body：ticket.assigned 的 en 模板无法编译：");
        assertThat(api.get(TEMPLATES).as(DIRECTOR_GAO).send().json().get("items")).isEmpty();
    }

    @Test
    void aLeadSetsTheGroupsDingTalkRobotWhichIsShownMasked() {
        String path = ROBOTS + "/" + DemoHospital.DESKTOP.value() + "/DINGTALK";
        RunningApi.Reply set = api.put(path).as(LEAD_SUN)
                .json(object().put("webhook", DINGTALK).put("secret", SECRET).put("language", "zh")).send();

        assertThat(set.status()).as("%s", set).isEqualTo(200);
        assertThat(set.json().get("webhook").asText())
                .isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=****");
        assertThat(set.json().get("secret").asText()).isEqualTo("SEC****");
        assertThat(set.text()).doesNotContain("7c2b9e41d0", SECRET.substring(3));
        RunningApi.Reply listed = api.get(ROBOTS).as(DIRECTOR_GAO).send();
        assertThat(listed.json().get("items")).hasSize(1);
        assertThat(listed.text()).doesNotContain("7c2b9e41d0", SECRET.substring(3));
        assertThat(api.desk.events.all().toString()).doesNotContain("7c2b9e41d0", SECRET.substring(3));

        assertThat(api.delete(path).as(LEAD_SUN).send().status()).isEqualTo(204);
        Problems.refused(api, 404, "group-robot.not-found", () -> api.delete(path).as(LEAD_SUN).send());
    }

    @Test
    void aBadRobotIsRefusedNamingTheFieldWithNothingChanged() {
        String path = ROBOTS + "/" + DemoHospital.DESKTOP.value();

        JsonNode shortSecret = Problems.refused(api, 422, "group-robot.dingtalk-secret-invalid", () -> api
                .put(path + "/DINGTALK").as(LEAD_SUN).json(object().put("webhook", DINGTALK).put("secret", "SEC12345")
                        .put("language", "zh")).send());
        JsonNode chinese = Problems.refused(api, 422, "group-robot.dingtalk-secret-invalid", () -> api
                .put(path + "/DINGTALK").as(LEAD_SUN).header("Accept-Language", "zh-CN")
                .json(object().put("webhook", DINGTALK).put("secret", "SEC12345").put("language", "zh")).send());
        JsonNode notHttp = Problems.refused(api, 422, "group-robot.webhook-not-http", () -> api.put(path + "/WECOM")
                .as(LEAD_SUN).json(object().put("webhook", "ftp://qyapi.weixin.qq.com/send?key=abc")
                        .put("language", "zh")).send());
        Problems.refused(api, 422, "group-robot.wecom-secret-given", () -> api.put(path + "/WECOM").as(LEAD_SUN)
                .json(object().put("webhook", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc")
                        .put("secret", SECRET).put("language", "zh")).send());
        Problems.refused(api, 403, "access.denied", () -> api.put(ROBOTS + "/" + DemoHospital.NETWORK.value()
                + "/WECOM").as(LEAD_SUN).json(object().put("webhook", "https://qyapi.weixin.qq.com/x?key=abc")
                .put("language", "zh")).send());

        assertThat(shortSecret.get("detail").asText()).startsWith("Field secret:").doesNotContain("SEC12345");
        assertThat(chinese.get("detail").asText()).startsWith("字段 secret：");
        assertThat(notHttp.get("detail").asText())
                .isEqualTo("Field webhook: ftp://qyapi.weixin.qq.com/send?key=**** is not an http or https address");
        assertThat(api.get(ROBOTS).as(DIRECTOR_GAO).send().json().get("items")).isEmpty();
    }

    @Test
    void aPersonSetsReadsAndRemovesTheirOwnPreferenceButNotAnothers() {
        ObjectNode sms = object().put("channel", "SMS").put("address", "+86 138 0013 8000").put("language", "zh")
                .put("zone", "Asia/Shanghai");
        sms.putObject("quietHours").put("start", "22:00").put("end", "07:00");

        RunningApi.Reply set = api.put(PREFERENCES + "/me").as(NURSE_WANG).json(sms).send();
        assertThat(set.status()).as("%s", set).isEqualTo(200);
        assertThat(set.json().get("address").asText()).isEqualTo("+8613800138000");
        assertThat(set.json().get("staffId").asText()).isEqualTo(NURSE_WANG.staffId().value());
        RunningApi.Reply read = api.get(PREFERENCES + "/" + NURSE_WANG.staffId().value()).as(DIRECTOR_GAO).send();
        assertThat(read.json()).isEqualTo(set.json());
        assertThat(read.json().at("/quietHours/start").asText()).isEqualTo("22:00");
        Problems.refused(api, 403, "access.denied", () -> api.get(PREFERENCES + "/" + NURSE_WANG.staffId().value())
                .as(ENGINEER_LIU).send());

        assertThat(api.delete(PREFERENCES + "/me").as(NURSE_WANG).send().status()).isEqualTo(204);
        Problems.refused(api, 404, "notification-preference.not-found", () -> api.get(PREFERENCES + "/me")
                .as(NURSE_WANG).send());
    }

    @Test
    void aPreferenceThatDoesNotFitItsChannelIsRefusedNamingTheField() {
        JsonNode email = Problems.refused(api, 422, "notification-preference.email-invalid", () -> api
                .put(PREFERENCES + "/me").as(NURSE_WANG).json(object().put("channel", "EMAIL")
                        .put("address", "wang.fang@").put("language", "en")).send());
        ObjectNode quiet = object().put("channel", "EMAIL").put("address", "wang.fang@hospital.cn")
                .put("language", "en");
        quiet.putObject("quietHours").put("start", "22:00").put("end", "22:00");
        JsonNode empty = Problems.refused(api, 422, "notification-preference.quiet-hours-empty", () -> api
                .put(PREFERENCES + "/me").as(NURSE_WANG).header("Accept-Language", "zh-CN").json(quiet).send());
        JsonNode channel = Problems.refused(api, 400, "request.invalid", () -> api.put(PREFERENCES + "/me")
                .as(NURSE_WANG).json(object().put("channel", "PIGEON").put("address", "x").put("language", "en"))
                .send());

        assertThat(email.get("detail").asText()).isEqualTo("Field address: wang.fang@ is not an e-mail address");
        assertThat(empty.get("detail").asText()).startsWith("字段 quietHours：");
        assertThat(Problems.fields(channel)).containsExactly("channel");
    }
}
