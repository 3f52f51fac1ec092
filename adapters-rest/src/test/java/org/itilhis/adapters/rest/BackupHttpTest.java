package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.RunningApi.BACKUP_SOFTWARE;
import static org.itilhis.adapters.rest.RunningApi.object;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.HIS_SUPPORT;
import static org.itilhis.testkit.DemoHospital.LEAD_WU;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The backup records over HTTP: lead Wu defines the nightly full backup of the HIS database
 * server for HIS application support; the backup software posts its runs (once more by
 * mistake, recorded once), a failed run raises an incident on the server, the missed-run
 * check adds the next night's miss to it; specialist Huang records a restore test and the
 * director reads the report per system. And the bad input (a run of an unknown job,
 * times in the future, a schedule that is no cron expression) is refused in English and
 * Chinese with nothing changed. The clock starts on Monday 2 March 2026, 08:00 in Shanghai.
 */
class BackupHttpTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String JOBS = "/api/v1/backups/jobs";

    private RunningApi api;
    private String database;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        api.configureServiceLevels();
        database = api.desk.cmdb.items().handle(new CmdbCommand.RegisterCi(org.itilhis.testkit.DemoHospital
                .CONFIG_MANAGER_QIAN, "server", new CiData("SRV-HIS-DB01", "HIS database server 1", null,
                "Main campus", "Building 7", "B1", "Server room 1", "it", HIS_SUPPORT.value(),
                ServiceCriticality.CLINICAL_CRITICAL, "Huawei", null, Map.of("hostname", "his-db-01",
                "ipAddress", "10.1.20.21")), CiStatus.IN_USE)).item().id().toString();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private ObjectNode nightly(String cron) {
        return object().put("code", "HIS-DB-NIGHTLY").put("group", HIS_SUPPORT.value())
                .put("name", "HIS 数据库每日全备").put("ci", database).put("cron", cron).put("days", "EVERY_DAY")
                .put("calendar", "office-hours").put("kind", "FULL").put("target", "NAS-02:/backup/his")
                .put("grace", "PT2H").put("recoveryPointObjective", "PT24H");
    }

    private static ObjectNode run(String externalId, String outcome, String started, String ended) {
        return object().put("externalId", externalId).put("outcome", outcome).put("startedAt", at(started))
                .put("endedAt", at(ended)).put("sizeBytes", 52_428_800_000L)
                .put("location", "NAS-02:/backup/his/" + externalId);
    }

    private static String at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toOffsetDateTime().toString();
    }

    private static String query(String local) {
        return at(local).replace("+", "%2B");
    }

    private void advanceTo(String local) {
        api.desk.clock.advance(Duration.between(api.desk.clock.instant(),
                LocalDateTime.parse(local).atZone(SHANGHAI).toInstant()));
    }

    private JsonNode ok(RunningApi.Reply reply, int status) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(status);
        return reply.json();
    }

    @Test
    void theBackupSoftwarePostsRunsAFailedRunRaisesAnIncidentAndTheReportShowsTheRecoveryPoint() {
        RunningApi.Reply defined = api.post(JOBS).as(LEAD_WU).header("Idempotency-Key", "his-nightly")
                .json(nightly("0 2 * * *")).send();
        JsonNode job = ok(defined, 201);
        assertThat(defined.header("Location")).endsWith("/api/v1/backups/jobs/HIS-DB-NIGHTLY");
        assertThat(defined.etag()).isEqualTo("\"1\"");
        assertThat(job.get("grace").asText()).isEqualTo("PT2H");
        assertThat(api.post(JOBS).as(LEAD_WU).header("Idempotency-Key", "his-nightly").json(nightly("0 2 * * *"))
                .send().header("Idempotent-Replayed")).isEqualTo("true");
        RunningApi.Reply read = api.get(JOBS + "/HIS-DB-NIGHTLY").as(SPECIALIST_HUANG).send();
        assertThat(read.etag()).isEqualTo("\"1\"");
        assertThat(api.get(JOBS + "/HIS-DB-NIGHTLY").as(SPECIALIST_HUANG).header("If-None-Match", "\"1\"").send()
                .status()).isEqualTo(304);

        advanceTo("2026-03-03T03:00");
        RunningApi.Reply posted = api.post(JOBS + "/HIS-DB-NIGHTLY/runs").as(BACKUP_SOFTWARE)
                .json(run("veeam-1", "SUCCEEDED", "2026-03-03T02:00:05", "2026-03-03T02:40")).send();
        JsonNode good = ok(posted, 201);
        assertThat(posted.header("Location")).endsWith("/api/v1/backups/runs/" + good.get("id").asText());
        assertThat(good.get("answers").asText()).isEqualTo("2026-03-02T18:00:00Z");
        assertThat(good.get("recordedBy").asText()).isEqualTo("backup-software");
        RunningApi.Reply again = api.post(JOBS + "/HIS-DB-NIGHTLY/runs").as(BACKUP_SOFTWARE)
                .json(run("veeam-1", "SUCCEEDED", "2026-03-03T02:00:05", "2026-03-03T02:40")).send();
        assertThat(ok(again, 200).get("id")).isEqualTo(good.get("id"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");

        advanceTo("2026-03-04T03:00");
        JsonNode failed = ok(api.post(JOBS + "/HIS-DB-NIGHTLY/runs").as(BACKUP_SOFTWARE)
                .json(run("veeam-2", "FAILED", "2026-03-04T02:00", "2026-03-04T02:12")
                        .put("message", "ORA-19502: write error on file")).send(), 201);
        String number = failed.get("incident").asText();
        TicketView incident = api.desk.desk.queries().byNumber(AGENT_CHEN, TicketNumber.parse(number)).orElseThrow();
        assertThat(incident.details().summary()).contains("HIS 数据库每日全备");
        assertThat(api.desk.affectedCis.cisOf(incident.id())).extracting(Object::toString).containsExactly(database);
        assertThat(api.get("/api/v1/incidents/" + incident.id()).as(AGENT_CHEN).send().status()).isEqualTo(200);

        JsonNode first = ok(api.get(JOBS + "/HIS-DB-NIGHTLY/runs?limit=1").as(SPECIALIST_HUANG).send(), 200);
        assertThat(first.at("/items/0/externalId").asText()).isEqualTo("veeam-2");
        JsonNode second = ok(api.get(JOBS + "/HIS-DB-NIGHTLY/runs?limit=1&cursor=" + first.get("next").asText())
                .as(SPECIALIST_HUANG).send(), 200);
        assertThat(second.at("/items/0/externalId").asText()).isEqualTo("veeam-1");

        advanceTo("2026-03-04T10:00");
        JsonNode test = ok(api.post(JOBS + "/HIS-DB-NIGHTLY/restore-tests").as(SPECIALIST_HUANG)
                .json(object().put("run", good.get("id").asText()).put("testedAt", at("2026-03-04T09:00"))
                        .put("restored", "HIS 数据库恢复到测试服务器 restored to the test server")
                        .put("result", "PASSED").put("notes", "1000 条医嘱核对无误")).send(), 201);
        assertThat(test.get("tester").asText()).isEqualTo(SPECIALIST_HUANG.staffId().value());

        advanceTo("2026-03-05T05:00");
        assertThat(api.desk.backups.missedBackups().run()).isEqualTo(1);
        JsonNode missed = ok(api.get(JOBS + "/HIS-DB-NIGHTLY/missed?from=" + query("2026-03-01T00:00") + "&to="
                + query("2026-03-06T00:00")).as(LEAD_WU).send(), 200);
        assertThat(missed.at("/items/0/dueAt").asText()).isEqualTo("2026-03-04T18:00:00Z");
        assertThat(api.desk.events.history(incident.id().toString())).extracting(DomainEvent::type)
                .contains("ticket.work-logged");

        JsonNode report = ok(api.get("/api/v1/backups/report?ci=" + database + "&from=" + query("2026-03-01T00:00")
                + "&to=" + query("2026-03-06T00:00")).as(DIRECTOR_GAO).send(), 200);
        JsonNode his = report.at("/items/0");
        assertThat(his.at("/job/code").asText()).isEqualTo("HIS-DB-NIGHTLY");
        assertThat(his.at("/lastGood/externalId").asText()).isEqualTo("veeam-1");
        assertThat(his.get("recoveryPointMet").asBoolean()).isFalse();
        assertThat(his.get("recoveryPointAge").asText()).isEqualTo("PT50H20M");
        assertThat(his.get("failed")).hasSize(1);
        assertThat(his.get("missed")).hasSize(1);
        assertThat(his.at("/lastRestoreTest/result").asText()).isEqualTo("PASSED");
        assertThat(api.get("/api/v1/backups/report?from=" + query("2026-03-01T00:00") + "&to="
                + query("2026-03-06T00:00")).as(ENGINEER_LIU).send().json().get("items"))
                .as("desktop support sees no HIS job").isEmpty();
    }

    @Test
    void aRunOfAnUnknownJobTimesInTheFutureABadScheduleAndAStaleVersionAreRefusedChangingNothing() {
        ok(api.post(JOBS).as(LEAD_WU).json(nightly("0 2 * * *")).send(), 201);
        advanceTo("2026-03-03T03:00");

        JsonNode unknown = Problems.refused(api, 404, "backup.job.not-found", () -> api.post(JOBS + "/LIS-DB/runs")
                .as(BACKUP_SOFTWARE).json(run("x", "SUCCEEDED", "2026-03-03T02:00", "2026-03-03T02:10")).send());
        assertThat(unknown.get("detail").asText()).contains("LIS-DB");
        JsonNode unknownChinese = Problems.refused(api, 404, "backup.job.not-found", () -> api.post(JOBS
                + "/LIS-DB/runs").as(BACKUP_SOFTWARE).header("Accept-Language", "zh-CN")
                .json(run("x", "SUCCEEDED", "2026-03-03T02:00", "2026-03-03T02:10")).send());
        assertThat(unknownChinese.get("detail").asText()).isEqualTo("备份任务 LIS-DB 不存在");

        JsonNode future = Problems.refused(api, 422, "backup.in-the-future", () -> api.post(JOBS
                + "/HIS-DB-NIGHTLY/runs").as(BACKUP_SOFTWARE)
                .json(run("late", "SUCCEEDED", "2026-03-03T02:00", "2026-03-03T04:00")).send());
        assertThat(future.get("detail").asText()).startsWith("Field endedAt:");
        JsonNode futureChinese = Problems.refused(api, 422, "backup.in-the-future", () -> api.post(JOBS
                + "/HIS-DB-NIGHTLY/runs").as(BACKUP_SOFTWARE).header("Accept-Language", "zh-CN")
                .json(run("late", "SUCCEEDED", "2026-03-03T02:00", "2026-03-03T04:00")).send());
        assertThat(futureChinese.get("detail").asText()).startsWith("字段 endedAt：");
        Problems.refused(api, 422, "backup.run.ends-before-start", () -> api.post(JOBS + "/HIS-DB-NIGHTLY/runs")
                .as(BACKUP_SOFTWARE).json(run("odd", "SUCCEEDED", "2026-03-03T02:30", "2026-03-03T02:10")).send());
        Problems.refused(api, 403, "access.denied", () -> api.post(JOBS + "/HIS-DB-NIGHTLY/runs")
                .as(DIRECTOR_GAO).json(run("gao", "SUCCEEDED", "2026-03-03T02:00", "2026-03-03T02:10")).send());
        JsonNode missing = Problems.refused(api, 400, "request.invalid", () -> api.post(JOBS + "/HIS-DB-NIGHTLY/runs")
                .as(BACKUP_SOFTWARE).json(object().put("externalId", "y")).send());
        assertThat(Problems.fields(missing)).contains("outcome", "startedAt", "endedAt");

        JsonNode cron = Problems.refused(api, 422, "schedule.not-a-cron-expression", () -> api.put(JOBS
                + "/HIS-DB-NIGHTLY").as(LEAD_WU).header("If-Match", "\"1\"").json(nightly("every night")).send());
        assertThat(cron.get("detail").asText()).contains("every night");
        Problems.refused(api, 409, "backup.job.code-taken", () -> api.post(JOBS).as(LEAD_WU)
                .json(nightly("0 2 * * *")).send());
        Problems.refused(api, 412, "backup-job.version-conflict", () -> api.put(JOBS + "/HIS-DB-NIGHTLY").as(LEAD_WU)
                .header("If-Match", "\"7\"").json(nightly("0 3 * * *")).send());
        Problems.refused(api, 403, "access.denied", () -> api.put(JOBS + "/HIS-DB-NIGHTLY").as(SPECIALIST_HUANG)
                .header("If-Match", "\"1\"").json(nightly("0 3 * * *")).send());
        Problems.refused(api, 404, "backup.job.not-found", () -> api.get(JOBS + "/HIS-DB-NIGHTLY").as(ENGINEER_LIU)
                .send());

        RunningApi.Reply redefined = api.put(JOBS + "/HIS-DB-NIGHTLY").as(LEAD_WU).header("If-Match", "\"1\"")
                .json(nightly("30 1 * * *")).send();
        assertThat(ok(redefined, 200).get("cron").asText()).isEqualTo("30 1 * * *");
        assertThat(redefined.etag()).isEqualTo("\"2\"");
        assertThat(api.get(JOBS + "/HIS-DB-NIGHTLY/runs").as(LEAD_WU).send().json().get("items")).isEmpty();
    }
}
