package org.itilhis.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Set;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.problem.CauseCategory;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.problem.in.LogProblem;
import org.itilhis.ports.problem.in.ProblemCommand;
import org.itilhis.ports.problem.in.ProblemQueries;
import org.itilhis.ports.problem.in.ProblemSearch;
import org.itilhis.ports.problem.in.ProblemUseCase;
import org.itilhis.ports.problem.in.ProblemView;

/**
 * The demo hospital's problems, as its problem manager Zhao would have recorded them over a
 * few months: two published known errors the desk meets every week (the registration
 * workstations' expired HIS client certificate, the receipt printers at the registration
 * windows jamming on thin paper) and one problem still under investigation (PACS images slow
 * to open in the evening). Loaded through {@link ProblemUseCase} so that they land the same
 * on every adapter; loading is guarded: where any problem exists, nothing is written.
 */
public final class DemoProblems {
    /** The summary of the known error about the registration workstations' client certificate. */
    public static final String EXPIRED_CERTIFICATE = "门诊挂号工作站 HIS 客户端证书过期，无法登录";
    /** The summary of the known error about the registration windows' receipt printers. */
    public static final String PRINTER_JAM = "挂号窗口小票打印机频繁卡纸";
    /** The summary of the problem still under investigation. */
    public static final String SLOW_PACS = "晚间 PACS 影像调阅缓慢";

    private DemoProblems() {
    }

    /**
     * Records the demo problems as {@link DemoHospital#PROBLEM_MANAGER_ZHAO} unless the
     * problem store already holds a problem.
     *
     * @return the problems recorded, none when the store was not empty
     */
    public static ImmutableList<ProblemView> loadInto(ProblemUseCase problems, ProblemQueries queries,
                                                      DemoCmdb.Estate estate) {
        checkNotNull(problems, "problems");
        checkNotNull(queries, "queries");
        checkNotNull(estate, "estate");
        Actor manager = DemoHospital.PROBLEM_MANAGER_ZHAO;
        if (!queries.search(manager, ProblemSearch.all(1)).isEmpty()) {
            return ImmutableList.of();
        }
        Recorder recorder = new Recorder(problems, manager);
        return ImmutableList.of(expiredCertificate(recorder, estate), printerJam(recorder, estate),
                slowPacs(recorder, estate));
    }

    private static ProblemView expiredCertificate(Recorder recorder, DemoCmdb.Estate estate) {
        ProblemId id = recorder.log(EXPIRED_CERTIFICATE,
                "挂号窗口工作站打开 HIS 客户端时提示“证书已过期”或“安全连接失败”，收费员无法登录挂号。"
                        + " Registration workstations cannot sign in to the HIS client: the client certificate has expired.",
                "his", "ONE_DEPARTMENT", "DEGRADED", ServiceCriticality.CLINICAL_CRITICAL, DemoHospital.HIS_SUPPORT,
                estate.his(), estate.outpatientRegistration());
        recorder.step(id, "为什么收费员无法登录？ Why can the clerks not sign in?",
                "HIS 客户端与服务器握手失败 The client's TLS handshake with the HIS server fails");
        recorder.step(id, "为什么握手失败？ Why does the handshake fail?",
                "工作站上的客户端证书已过期 The workstation's client certificate has expired");
        recorder.step(id, "为什么证书会过期而无人发现？ Why did it expire unnoticed?",
                "证书由厂商一次性导入，有效期一年，没有续期提醒 Imported once by the vendor, valid one year, no renewal reminder");
        recorder.handle(new ProblemCommand.IdentifyRootCause(recorder.manager, id, null, CauseCategory.CONFIGURATION,
                "工作站客户端证书有效期一年，部署时未登记到期日，也没有续期流程。"
                        + " The workstations' client certificates last one year and nobody tracks their renewal."));
        recorder.handle(new ProblemCommand.RecordWorkaround(recorder.manager, id, null,
                "1. 在工作站打开“证书管理”，删除过期的 HIS 证书；2. 从共享盘 \\\\it\\certs 导入新证书；3. 重启挂号客户端。"
                        + " Remove the expired HIS certificate in the certificate manager, import the new one from"
                        + " \\\\it\\certs and restart the registration client."));
        return recorder.handle(new ProblemCommand.PublishKnownError(recorder.manager, id, null));
    }

    private static ProblemView printerJam(Recorder recorder, DemoCmdb.Estate estate) {
        ProblemId id = recorder.log(PRINTER_JAM,
                "挂号窗口的小票打印机每天卡纸多次，打印不出挂号单，患者排队等待。"
                        + " The receipt printers at the registration windows jam several times a day.",
                "printer", "ONE_DEPARTMENT", "DEGRADED", ServiceCriticality.GENERAL, DemoHospital.DESKTOP,
                estate.id("PRN-OPREG-01"));
        recorder.step(id, "为什么卡纸？ Why do they jam?", "纸卷太薄，在切刀处卷曲 The paper roll is too thin and curls at the cutter");
        recorder.handle(new ProblemCommand.IdentifyRootCause(recorder.manager, id, null, CauseCategory.VENDOR,
                "新供应商的热敏纸卷比打印机要求的薄。 The new supplier's thermal rolls are thinner than the printers need."));
        recorder.handle(new ProblemCommand.RecordWorkaround(recorder.manager, id, null,
                "打开打印机上盖，取出卷曲的纸，剪平纸头后重新装纸，纸卷换成库房里旧批次的 80 克纸。"
                        + " Open the cover, take out the curled paper, cut the end straight and reload; use the older"
                        + " 80 g rolls from the store room."));
        return recorder.handle(new ProblemCommand.PublishKnownError(recorder.manager, id, null));
    }

    private static ProblemView slowPacs(Recorder recorder, DemoCmdb.Estate estate) {
        ProblemId id = recorder.log(SLOW_PACS,
                "每晚 20 点后放射科阅片室调阅影像要等 30 秒以上。 After 8 pm opening a study in the reading rooms takes"
                        + " over 30 seconds.",
                "imaging", "ONE_DEPARTMENT", "DEGRADED", ServiceCriticality.CLINICAL_CRITICAL, DemoHospital.HIS_SUPPORT,
                estate.pacs(), estate.pacsStorage());
        recorder.step(id, "慢在哪里？ Where is the time spent?",
                "影像存储的读取延迟在 20 点后升高 The image store's read latency rises after 8 pm");
        return recorder.handle(new ProblemCommand.AddAnalysisStep(recorder.manager, id, null,
                "20 点后存储在做什么？ What does the store do after 8 pm?", "待查：备份任务的时间表 To check: the backup schedule"));
    }

    /** Logs and works problems as one problem manager. */
    private record Recorder(ProblemUseCase problems, Actor manager) {
        /** Logs a problem and starts its investigation. */
        ProblemId log(String summary, String description, String category, String impact, String urgency,
                      ServiceCriticality criticality, GroupId group, CiId... affected) {
            ProblemId id = problems.log(new LogProblem(manager, summary, description, category, impact, urgency,
                    criticality, manager.staffId(), group, Set.of(affected), Set.of())).id();
            handle(new ProblemCommand.Investigate(manager, id, null));
            return id;
        }

        void step(ProblemId id, String question, String answer) {
            handle(new ProblemCommand.AddAnalysisStep(manager, id, null, question, answer));
        }

        ProblemView handle(ProblemCommand command) {
            return problems.handle(command);
        }
    }
}
