package org.itilhis.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CLERK_LI;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.DOCTOR_ZHAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.ENGINEER_ZHOU;
import static org.itilhis.testkit.DemoHospital.HIS_SUPPORT;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.LEAD_WU;
import static org.itilhis.testkit.DemoHospital.NETWORK;
import static org.itilhis.testkit.DemoHospital.NETWORK_MA;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import com.google.common.collect.ImmutableList;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketSearch;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;
import org.itilhis.testkit.memory.MutableClock;

/**
 * A month of the demo hospital's worked tickets, so that the workload report has something to
 * show: the thirty days before today, and the most recent public holiday before them (within 300
 * days) if the month has none. Every working day nurse Wang's printer jams at the nurse station and one of
 * desktop support fixes it; in turn the desk solves a password reset at first contact, the HIS
 * specialists fix the inpatient pharmacy's dispensing screen, network engineer Ma chases a
 * flapping switch into the evening, desktop lead Sun sends a wrongly routed call on to the
 * network, engineer Liu escalates a registration terminal to the HIS specialists, a printer fix
 * is reopened by the nurse the next morning, and a late call keeps an engineer after hours;
 * every fifth night the inpatient pharmacy's HIS stops and specialist Huang or lead Wu comes in;
 * on the holiday Wu restores outpatient registration and engineer Zhou replaces a ward printer.
 * Callers confirm and rate most fixes. Once a ticket bounces between desktop, network and
 * desktop again before the HIS specialists take it (ping-pong).
 *
 * <p>Loaded through the service desk's own use cases over the given ports, on a clock of its
 * own stepped through the month, so that every event carries the time it happened as the desk
 * stamps it and the figures come from the event log as they would for real work; loading is
 * guarded: where any ticket exists, nothing is written.
 */
public final class DemoWorkload {
    /** How far back the month reaches. */
    public static final Duration MONTH = Duration.ofDays(30);
    /** Who the demo month needs in the staff directory: the callers, the desk and the engineers. */
    public static final ImmutableList<Actor> PEOPLE = ImmutableList.of(NURSE_WANG, CLERK_LI, DOCTOR_ZHAO, AGENT_CHEN,
            ENGINEER_LIU, ENGINEER_ZHOU, LEAD_SUN, SPECIALIST_HUANG, LEAD_WU, NETWORK_MA);
    /**
     * How far back the holiday is looked for when the month has none: well inside the twelve
     * months up to the end of this one, the period the README's story reports on.
     */
    private static final int HOLIDAY_SEARCH_DAYS = 300;

    private final ServiceDesk desk;
    private final MutableClock clock;
    private final List<Step> steps = new ArrayList<>();
    private final List<Ticket> tickets = new ArrayList<>();
    private final ZoneId zone;

    private DemoWorkload(ServiceDesk desk, MutableClock clock, ZoneId zone) {
        this.desk = desk;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Works the demo month before {@code now} through a service desk over {@code ports} (whose
     * own clock is not used), unless a ticket exists already.
     *
     * @param workingDay whether a date is a working day of the hospital's office hours
     * @param holiday    whether a date is a public holiday (the workload report's split rules say)
     * @return the tickets worked, none when the store held a ticket
     */
    public static ImmutableList<TicketView> loadInto(ServiceDeskPorts ports, ServiceDeskSettings settings,
                                                     Validator validator, Instant now, Predicate<LocalDate> workingDay,
                                                     Predicate<LocalDate> holiday) {
        checkNotNull(ports, "ports");
        checkNotNull(now, "now");
        checkNotNull(workingDay, "workingDay");
        checkNotNull(holiday, "holiday");
        ZoneId zone = settings.zone();
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate first = today.minusDays(MONTH.toDays());
        Optional<LocalDate> holidayWorked = mostRecent(holiday, today);
        LocalDate start = holidayWorked.filter(day -> day.isBefore(first)).orElse(first);
        MutableClock clock = new MutableClock(start.atStartOfDay(zone).toInstant(), zone);
        ServiceDesk desk = ServiceDesk.create(new ServiceDeskPorts(ports.tickets(), ports.contacts(), ports.numbers(),
                ports.events(), ports.notifier(), ports.directory(), ports.transactions(), clock, ports.reads()),
                settings, validator);
        if (!desk.queries().search(AGENT_CHEN, TicketSearch.all(1)).isEmpty()) {
            return ImmutableList.of();
        }
        DemoWorkload month = new DemoWorkload(desk, clock, zone);
        int working = 0;
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            if (workingDay.test(day) && !holiday.test(day)) {
                month.workingDay(day, working++);
            }
            if (day.getDayOfMonth() % 5 == 0) {
                month.night(day);
            }
        }
        holidayWorked.ifPresent(month::holiday);
        return month.run(now);
    }

    /** The latest holiday before {@code today}: in the month if it has one, else the one before it. */
    private static Optional<LocalDate> mostRecent(Predicate<LocalDate> holiday, LocalDate today) {
        for (int back = 1; back <= HOLIDAY_SEARCH_DAYS; back++) {
            LocalDate day = today.minusDays(back);
            if (holiday.test(day)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /** A working day: the printer every day, and one of the other stories in turn. */
    private void workingDay(LocalDate day, int index) {
        Actor desktop = index % 2 == 0 ? ENGINEER_LIU : ENGINEER_ZHOU;
        printer(day, desktop, index);
        switch (index % 7) {
            case 0 -> passwordReset(day);
            case 1 -> pharmacyScreen(day, index);
            case 2 -> flappingSwitch(day);
            case 3 -> wronglyRouted(day);
            case 4 -> escalatedTerminal(day);
            case 5 -> lateCall(day, desktop);
            default -> {
                if (index == 6) {
                    pingPong(day);
                } else {
                    passwordReset(day);
                }
            }
        }
    }

    private void printer(LocalDate day, Actor engineer, int index) {
        Ticket ticket = raise(day, "09:10", NURSE_WANG, DemoHospital.WARD_5_EAST, TicketType.INCIDENT,
                "Nurse station printer jams 护士站打印机卡纸", "printer", "ONE_PERSON", "DEGRADED",
                ServiceCriticality.GENERAL);
        ticket.assign(at(day, "09:15"), AGENT_CHEN, DESKTOP, engineer);
        ticket.accept(at(day, "09:20"), engineer);
        ticket.start(at(day, "09:30"), engineer);
        ticket.work(at(day, "10:15"), engineer, 45, "Cleared the jam, cleaned the rollers 清理卡纸、清洁搓纸轮");
        ticket.resolve(at(day, "10:16"), engineer, ResolutionCode.FIXED, "Printing again 已恢复打印");
        if (index % 7 == 6) {
            reopenedNextMorning(ticket, day, engineer);
            return;
        }
        ticket.confirm(at(day, "11:00"), NURSE_WANG);
        if (index % 3 != 2) {
            ticket.rate(at(day, "11:01"), NURSE_WANG, index % 4 == 0 ? 4 : 5);
        }
    }

    private void reopenedNextMorning(Ticket ticket, LocalDate day, Actor engineer) {
        LocalDate next = day.plusDays(1);
        ticket.reopen(at(next, "08:40"), NURSE_WANG, "Jams again on the first page 第一页又卡纸");
        ticket.start(at(next, "08:50"), engineer);
        ticket.work(at(next, "09:25"), engineer, 35, "Replaced the worn pick-up roller 更换磨损的搓纸轮");
        ticket.resolve(at(next, "09:26"), engineer, ResolutionCode.HARDWARE_REPLACED, "Roller replaced 已更换搓纸轮");
        ticket.confirm(at(next, "10:00"), NURSE_WANG);
        ticket.rate(at(next, "10:01"), NURSE_WANG, 3);
    }

    private void passwordReset(LocalDate day) {
        Instant at = at(day, "10:30");
        steps.add(new Step(at, () -> {
            ContactView contact = desk.desk().logContact(new ContactCommand.Log(AGENT_CHEN, ContactChannel.PHONE,
                    DOCTOR_ZHAO.staffId(), DemoHospital.RADIOLOGY, null, "3301",
                    "Locked out of the PACS workstation 影像工作站账号被锁"));
            desk.desk().resolveAtFirstContact(new ContactCommand.ResolveAtFirstContact(AGENT_CHEN, contact.id(),
                    ResolutionCode.ADVICE_GIVEN, "Unlocked the account and reset the password 已解锁并重置密码"));
        }));
    }

    private void pharmacyScreen(LocalDate day, int index) {
        Actor specialist = index % 2 == 0 ? LEAD_WU : SPECIALIST_HUANG;
        Ticket ticket = raise(day, "14:00", NURSE_WANG, DemoHospital.WARD_5_EAST, TicketType.INCIDENT,
                "Inpatient pharmacy dispensing screen freezes 住院药房发药界面卡死", "his.pharmacy", "ONE_DEPARTMENT",
                "DEGRADED", ServiceCriticality.CLINICAL_CRITICAL);
        ticket.accept(at(day, "14:08"), specialist);
        ticket.start(at(day, "14:10"), specialist);
        ticket.work(at(day, "15:40"), specialist, 90, "Rebuilt the dispensing queue index 重建发药队列索引");
        ticket.resolve(at(day, "15:41"), specialist, ResolutionCode.CONFIGURATION_CORRECTED, "Screen responsive 界面恢复");
        ticket.confirm(at(day, "16:30"), NURSE_WANG);
        ticket.rate(at(day, "16:31"), NURSE_WANG, 5);
    }

    private void flappingSwitch(LocalDate day) {
        Ticket ticket = raise(day, "16:00", CLERK_LI, DemoHospital.OUTPATIENT, TicketType.INCIDENT,
                "Registration hall network drops every few minutes 挂号大厅网络频繁中断", "network", "ONE_DEPARTMENT",
                "SEVERELY_DEGRADED", ServiceCriticality.IMPORTANT);
        ticket.assign(at(day, "16:05"), AGENT_CHEN, NETWORK, NETWORK_MA);
        ticket.accept(at(day, "16:10"), NETWORK_MA);
        ticket.start(at(day, "16:12"), NETWORK_MA);
        ticket.work(at(day, "18:15"), NETWORK_MA, 120, "Replaced the uplink module of the access switch 更换接入交换机上联模块");
        ticket.resolve(at(day, "18:16"), NETWORK_MA, ResolutionCode.HARDWARE_REPLACED, "Stable for an hour 已稳定一小时");
        ticket.confirm(at(day.plusDays(1), "08:30"), CLERK_LI);
    }

    private void wronglyRouted(LocalDate day) {
        Ticket ticket = raise(day, "11:00", CLERK_LI, DemoHospital.OUTPATIENT, TicketType.INCIDENT,
                "Window 2 cannot reach the HIS server 2 号窗口无法连接 HIS 服务器", "desktop", "ONE_PERSON",
                "SEVERELY_DEGRADED", ServiceCriticality.IMPORTANT);
        ticket.assign(at(day, "11:05"), AGENT_CHEN, DESKTOP, ENGINEER_ZHOU);
        ticket.assign(at(day, "11:20"), LEAD_SUN, NETWORK, null);
        ticket.accept(at(day, "11:30"), NETWORK_MA);
        ticket.start(at(day, "11:32"), NETWORK_MA);
        ticket.work(at(day, "11:55"), NETWORK_MA, 20, "Re-patched the window's port 重新跳线");
        ticket.resolve(at(day, "11:56"), NETWORK_MA, ResolutionCode.FIXED, "Connected 已连通");
        ticket.confirm(at(day, "13:30"), CLERK_LI);
        ticket.rate(at(day, "13:31"), CLERK_LI, 4);
    }

    private void escalatedTerminal(LocalDate day) {
        Ticket ticket = raise(day, "08:40", CLERK_LI, DemoHospital.OUTPATIENT, TicketType.INCIDENT,
                "Registration terminal cannot log in to the HIS 挂号终端无法登录 HIS", "his.outpatient-registration",
                "ONE_DEPARTMENT", "SEVERELY_DEGRADED", ServiceCriticality.CLINICAL_CRITICAL);
        ticket.assign(at(day, "08:42"), AGENT_CHEN, DESKTOP, ENGINEER_LIU);
        ticket.accept(at(day, "08:45"), ENGINEER_LIU);
        ticket.start(at(day, "08:50"), ENGINEER_LIU);
        ticket.work(at(day, "09:20"), ENGINEER_LIU, 30, "Terminal, network and client checked 终端、网络与客户端已检查");
        ticket.escalate(at(day, "09:21"), ENGINEER_LIU, HIS_SUPPORT, "The HIS rejects the login HIS 拒绝登录");
        ticket.accept(at(day, "09:30"), SPECIALIST_HUANG);
        ticket.start(at(day, "09:32"), SPECIALIST_HUANG);
        ticket.work(at(day, "10:30"), SPECIALIST_HUANG, 58, "Renewed the client certificate 更新客户端证书");
        ticket.resolve(at(day, "10:31"), SPECIALIST_HUANG, ResolutionCode.CONFIGURATION_CORRECTED,
                "Login works 可以登录");
        ticket.confirm(at(day, "11:00"), CLERK_LI);
        ticket.rate(at(day, "11:01"), CLERK_LI, 5);
    }

    private void lateCall(LocalDate day, Actor engineer) {
        Ticket ticket = raise(day, "17:20", DOCTOR_ZHAO, DemoHospital.RADIOLOGY, TicketType.INCIDENT,
                "Reading room PC will not start 阅片室电脑无法开机", "desktop", "ONE_PERSON", "SEVERELY_DEGRADED",
                ServiceCriticality.GENERAL);
        ticket.assign(at(day, "17:22"), AGENT_CHEN, DESKTOP, engineer);
        ticket.accept(at(day, "17:25"), engineer);
        ticket.start(at(day, "17:30"), engineer);
        ticket.work(at(day, "18:40"), engineer, 70, "Replaced the power supply 更换电源");
        ticket.resolve(at(day, "18:41"), engineer, ResolutionCode.HARDWARE_REPLACED, "Boots again 可以开机");
        ticket.confirm(at(day.plusDays(1), "08:10"), DOCTOR_ZHAO);
    }

    /** Desktop, network, desktop again, then the HIS specialists: the third move makes it ping-pong. */
    private void pingPong(LocalDate day) {
        Ticket ticket = raise(day, "13:00", NURSE_WANG, DemoHospital.WARD_5_EAST, TicketType.INCIDENT,
                "Mobile nursing cart loses the HIS session 移动护理车 HIS 会话掉线", "desktop", "ONE_DEPARTMENT",
                "DEGRADED", ServiceCriticality.IMPORTANT);
        ticket.assign(at(day, "13:05"), AGENT_CHEN, DESKTOP, ENGINEER_ZHOU);
        ticket.assign(at(day, "13:30"), LEAD_SUN, NETWORK, null);
        ticket.assign(at(day, "14:10"), NETWORK_MA, DESKTOP, null);
        ticket.escalate(at(day, "14:40"), LEAD_SUN, HIS_SUPPORT, "Wireless and cart are fine; the HIS drops it"
                + " 无线与设备正常，HIS 会话被断开");
        ticket.accept(at(day, "14:50"), LEAD_WU);
        ticket.start(at(day, "14:55"), LEAD_WU);
        ticket.work(at(day, "16:10"), LEAD_WU, 75, "Raised the session timeout of the mobile client 调整移动端会话超时");
        ticket.resolve(at(day, "16:11"), LEAD_WU, ResolutionCode.CONFIGURATION_CORRECTED, "Sessions hold 会话稳定");
        ticket.confirm(at(day.plusDays(1), "09:00"), NURSE_WANG);
        ticket.rate(at(day.plusDays(1), "09:01"), NURSE_WANG, 2);
    }

    /** The inpatient pharmacy's HIS stops at night; the on-call specialist comes in. */
    private void night(LocalDate day) {
        Actor specialist = day.getDayOfMonth() % 10 == 0 ? LEAD_WU : SPECIALIST_HUANG;
        Ticket ticket = raise(day, "02:10", NURSE_WANG, DemoHospital.WARD_5_EAST, TicketType.INCIDENT,
                "Inpatient pharmacy HIS down at night 夜间住院药房 HIS 停止响应", "his.pharmacy", "SEVERAL_DEPARTMENTS",
                "PATIENT_CARE_STOPPED", ServiceCriticality.CLINICAL_CRITICAL);
        ticket.accept(at(day, "02:20"), specialist);
        ticket.start(at(day, "02:45"), specialist);
        ticket.work(at(day, "04:25"), specialist, 100, "Restarted the stuck application server node, cleared the"
                + " locks 重启卡死的应用节点并清理锁");
        ticket.resolve(at(day, "04:26"), specialist, ResolutionCode.WORKAROUND, "Dispensing works 可以发药");
        ticket.confirm(at(day, "07:30"), NURSE_WANG);
        ticket.rate(at(day, "07:31"), NURSE_WANG, 5);
    }

    /** On the holiday: outpatient registration stops in the morning, a ward printer dies in the afternoon. */
    private void holiday(LocalDate day) {
        Ticket registration = raise(day, "09:30", CLERK_LI, DemoHospital.OUTPATIENT, TicketType.INCIDENT,
                "Holiday clinic cannot register patients 节假日门诊无法挂号", "his.outpatient-registration",
                "ONE_DEPARTMENT", "PATIENT_CARE_STOPPED", ServiceCriticality.CLINICAL_CRITICAL);
        registration.assign(at(day, "09:35"), AGENT_CHEN, HIS_SUPPORT, LEAD_WU);
        registration.accept(at(day, "09:40"), LEAD_WU);
        registration.start(at(day, "10:05"), LEAD_WU);
        registration.work(at(day, "12:35"), LEAD_WU, 150, "Restored the registration service after the database"
                + " failover 数据库切换后恢复挂号服务");
        registration.resolve(at(day, "12:36"), LEAD_WU, ResolutionCode.FIXED, "Registering again 恢复挂号");
        registration.confirm(at(day, "13:00"), CLERK_LI);
        registration.rate(at(day, "13:01"), CLERK_LI, 5);
        Ticket printer = raise(day, "15:00", NURSE_WANG, DemoHospital.WARD_5_EAST, TicketType.INCIDENT,
                "Wristband printer dead 腕带打印机无法工作", "printer", "ONE_DEPARTMENT", "SEVERELY_DEGRADED",
                ServiceCriticality.IMPORTANT);
        printer.assign(at(day, "15:05"), AGENT_CHEN, DESKTOP, ENGINEER_ZHOU);
        printer.accept(at(day, "15:10"), ENGINEER_ZHOU);
        printer.start(at(day, "15:30"), ENGINEER_ZHOU);
        printer.work(at(day, "16:10"), ENGINEER_ZHOU, 40, "Swapped in the spare wristband printer 换上备用腕带打印机");
        printer.resolve(at(day, "16:11"), ENGINEER_ZHOU, ResolutionCode.HARDWARE_REPLACED, "Printing 可以打印");
        printer.confirm(at(day, "17:00"), NURSE_WANG);
    }

    private Ticket raise(LocalDate day, String time, Actor caller, DepartmentId department, TicketType type,
                         String summary, String category, String impact, String urgency,
                         ServiceCriticality criticality) {
        Ticket ticket = new Ticket();
        tickets.add(ticket);
        steps.add(new Step(at(day, time), () -> {
            ContactView contact = desk.desk().logContact(new ContactCommand.Log(AGENT_CHEN, ContactChannel.PHONE,
                    caller.staffId(), department, null, null, summary));
            ticket.view = desk.desk().raiseTicket(new ContactCommand.RaiseTicket(AGENT_CHEN, contact.id(), type,
                    summary, category, impact, urgency, criticality, false, null));
        }));
        return ticket;
    }

    private Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(zone).toInstant();
    }

    /** Runs the steps before {@code now} in time order, each at its time; the tickets as they ended. */
    private ImmutableList<TicketView> run(Instant now) {
        steps.stream().sorted(Comparator.comparing(Step::at)).filter(step -> step.at().isBefore(now)).forEach(step -> {
            Duration ahead = Duration.between(clock.instant(), step.at());
            checkArgument(!ahead.isNegative(), "step at %s before the clock's %s", step.at(), clock.instant());
            clock.advance(ahead);
            step.action().run();
        });
        return tickets.stream().filter(t -> t.view != null).map(t -> t.view).collect(ImmutableList.toImmutableList());
    }

    /** An action at a time of the month. */
    private record Step(Instant at, Runnable action) {
    }

    /** A ticket of the month: its steps are queued as they are named, and run in time order with all others. */
    private final class Ticket {
        private TicketView view;

        private void then(Instant at, java.util.function.Function<TicketId, TicketCommand> command) {
            steps.add(new Step(at, () -> view = desk.tickets().handle(command.apply(view.id()))));
        }

        void assign(Instant at, Actor by, GroupId group, Actor engineer) {
            then(at, id -> new TicketCommand.Assign(by, id, null, group,
                    engineer == null ? null : engineer.staffId()));
        }

        void accept(Instant at, Actor by) {
            then(at, id -> new TicketCommand.Accept(by, id, null));
        }

        void start(Instant at, Actor by) {
            then(at, id -> new TicketCommand.Start(by, id, null));
        }

        void work(Instant at, Actor by, int minutes, String note) {
            then(at, id -> new TicketCommand.AddWorkLog(by, id, null, minutes, note));
        }

        void escalate(Instant at, Actor by, GroupId to, String reason) {
            then(at, id -> new TicketCommand.Escalate(by, id, null, to, reason));
        }

        void resolve(Instant at, Actor by, ResolutionCode code, String note) {
            then(at, id -> new TicketCommand.Resolve(by, id, null, code, note));
        }

        void reopen(Instant at, Actor by, String reason) {
            then(at, id -> new TicketCommand.Reopen(by, id, null, reason));
        }

        void confirm(Instant at, Actor by) {
            then(at, id -> new TicketCommand.Confirm(by, id, null));
        }

        void rate(Instant at, Actor by, int score) {
            then(at, id -> new TicketCommand.Rate(by, id, null, score, null));
        }
    }
}
