package org.itilhis.ports.problem.service;

import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.HIS_SUPPORT;
import static org.itilhis.testkit.DemoHospital.PROBLEM_MANAGER_ZHAO;

import java.util.Map;
import java.util.Set;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.problem.CauseCategory;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.problem.in.LogProblem;
import org.itilhis.ports.problem.in.ProblemCommand;
import org.itilhis.ports.problem.in.ProblemView;

/**
 * The demo hospital's known errors for the desk's suggestions: the outpatient registration
 * workstations' expired HIS client certificate, the wristband printers' driver, the ward
 * Wi-Fi; each published by problem manager Zhao through the workflow's steps, on items
 * registered in the CMDB.
 */
final class KnownErrorShelf {
    final ProblemDesk desk = new ProblemDesk();
    final CiId registrationPc = workstation("WS-REG-01", "门诊挂号工作站1");
    final CiId otherRegistrationPc = workstation("WS-REG-02", "门诊挂号工作站2");
    final CiId wristbandPrinter = printer("PR-WB-01", "5东腕带打印机");

    /** The expired HIS client certificate on the registration workstations: the example. */
    ProblemView certificate() {
        return publish("门诊挂号客户端证书过期，无法登录HIS", "挂号工作站启动HIS客户端时提示证书无效或已过期，无法登录。",
                "his.outpatient", "在挂号工作站上手工导入新的HIS客户端证书，然后重启挂号客户端。", HIS_SUPPORT,
                Set.of(registrationPc));
    }

    ProblemView wristbandDriver() {
        return publish("腕带打印机更新驱动后打印空白", "Wristband printers print blank labels since the driver update.",
                "desktop.printer", "Roll the printer driver back to version 5.2 and print a test label.", HIS_SUPPORT,
                Set.of(wristbandPrinter));
    }

    ProblemView wardWifi() {
        return publish("病房无线网络频繁断开", "Ward Wi-Fi drops every few minutes on the 5th floor.",
                "network.wifi", "Forget the network on the PDA and join it again.", HIS_SUPPORT, Set.of());
    }

    /** A known error of the HIS vendor's group, which the vendor's engineer sees. */
    ProblemView vendorDefect(GroupId vendorGroup) {
        return publish("HIS收费模块打印发票卡死", "The billing module hangs when printing an invoice.",
                "his.billing", "Print the invoice again from the reprint menu.", vendorGroup, Set.of());
    }

    ProblemView publish(String summary, String description, String category, String workaround, GroupId group,
                        Set<CiId> cis) {
        Actor pm = PROBLEM_MANAGER_ZHAO;
        ProblemId id = desk.hospital.desk.problems.problems().log(new LogProblem(pm, summary, description, category,
                "ONE_DEPARTMENT", "DEGRADED", ServiceCriticality.CLINICAL_CRITICAL, pm.staffId(), group, cis,
                Set.of())).id();
        desk.handle(new ProblemCommand.Investigate(pm, id, null));
        desk.handle(new ProblemCommand.IdentifyRootCause(pm, id, null, CauseCategory.CONFIGURATION, "根因：" + summary));
        desk.handle(new ProblemCommand.RecordWorkaround(pm, id, null, workaround));
        return desk.handle(new ProblemCommand.PublishKnownError(pm, id, null));
    }

    private CiId workstation(String tag, String name) {
        return register("workstation", tag, name, Map.of("hostname", tag.toLowerCase()));
    }

    private CiId printer(String tag, String name) {
        return register("printer", tag, name, Map.of("printerKind", "wristband"));
    }

    private CiId register(String ciClass, String tag, String name, Map<String, String> attributes) {
        return desk.hospital.desk.cmdb.items().handle(new CmdbCommand.RegisterCi(CONFIG_MANAGER_QIAN, ciClass,
                new CiData(tag, name, null, "Main campus", "Building 1", "1", "Outpatient hall", "outpatient",
                        "desktop-first-line", ServiceCriticality.CLINICAL_CRITICAL, null, null, attributes),
                CiStatus.IN_USE)).item().id();
    }
}
