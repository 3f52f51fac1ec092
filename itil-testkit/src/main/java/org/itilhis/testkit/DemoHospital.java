package org.itilhis.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.ChinaMainland;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.routing.CategoryCode;
import org.itilhis.core.routing.RoutingRule;
import org.itilhis.core.routing.RoutingTable;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.LocationId;
import org.itilhis.core.shared.Role;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.sla.ServiceCatalogue;
import org.itilhis.core.sla.ServiceCatalogueEntry;
import org.itilhis.core.sla.ServiceLevelAgreement;
import org.itilhis.core.sla.SlaTargets;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.common.StaffMember;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;
import org.itilhis.ports.servicelevel.in.SlaAdministration;
import org.itilhis.ports.servicelevel.in.SlaConfiguration;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.itilhis.testkit.memory.InMemoryStaffDirectory;
import org.itilhis.testkit.memory.MutableClock;

/**
 * A small hospital to test and demonstrate with: the service desk, first-line desktop and
 * on-site support, second-line HIS application and network specialists, and the HIS
 * vendor; a nurse, a registration clerk and a doctor who call; and the division of duties
 * between them.
 */
public final class DemoHospital {
    public static final GroupId SERVICE_DESK = GroupId.of("service-desk");
    public static final GroupId DESKTOP = GroupId.of("desktop-first-line");
    public static final GroupId HIS_SUPPORT = GroupId.of("his-second-line");
    public static final GroupId NETWORK = GroupId.of("network-second-line");
    public static final GroupId HIS_VENDOR = GroupId.of("his-vendor");

    public static final DepartmentId OUTPATIENT = DepartmentId.of("outpatient-registration");
    public static final DepartmentId WARD_5_EAST = DepartmentId.of("ward-5-east");
    public static final DepartmentId RADIOLOGY = DepartmentId.of("radiology");
    public static final DepartmentId IT = DepartmentId.of("it");
    public static final LocationId OUTPATIENT_HALL = LocationId.of("building-1/floor-1/outpatient-hall");
    public static final LocationId WARD_5_EAST_STATION = LocationId.of("building-2/floor-5/east-nurse-station");

    public static final Actor NURSE_WANG = Actor.of("N1001", Role.REPORTER);
    public static final Actor CLERK_LI = Actor.of("C2001", Role.REPORTER);
    public static final Actor DOCTOR_ZHAO = Actor.of("D3001", Role.REPORTER);
    public static final Actor AGENT_CHEN = Actor.of("S0001", Role.SERVICE_DESK_AGENT);
    public static final Actor ENGINEER_LIU = Actor.of("E0101", Role.FIRST_LINE_ENGINEER);
    public static final Actor ENGINEER_ZHOU = Actor.of("E0102", Role.FIRST_LINE_ENGINEER);
    public static final Actor LEAD_SUN = Actor.of("E0100", Role.FIRST_LINE_ENGINEER, Role.GROUP_LEAD);
    public static final Actor SPECIALIST_HUANG = Actor.of("E0201", Role.SECOND_LINE_ENGINEER);
    public static final Actor LEAD_WU = Actor.of("E0200", Role.SECOND_LINE_ENGINEER, Role.GROUP_LEAD);
    public static final Actor NETWORK_MA = Actor.of("E0301", Role.SECOND_LINE_ENGINEER, Role.GROUP_LEAD);
    /** The HIS vendor's engineer: works the vendor group's tickets, never learns who called. */
    public static final Actor VENDOR_ENGINEER = Actor.of("V0001", Role.VENDOR_ENGINEER);
    public static final Actor DIRECTOR_GAO = Actor.of("M0001", Role.IT_DIRECTOR);
    /** Keeps the CMDB: registers items, their relationships and lifecycle, runs imports. */
    public static final Actor CONFIG_MANAGER_QIAN = Actor.of("K0001", Role.CONFIGURATION_MANAGER);
    /** The hospital's privacy officer: reads who read which personal data. */
    public static final Actor PRIVACY_OFFICER_HE = Actor.of("P0001", Role.PRIVACY_OFFICER);
    /**
     * The problem manager: logs and steers problems, publishes known errors, decides the
     * candidate problems. Not in {@link #EVERYONE}, like the other managers: the desk's
     * generators pick actors who work tickets.
     */
    public static final Actor PROBLEM_MANAGER_ZHAO = Actor.of("PM001", Role.PROBLEM_MANAGER);
    /** The change manager: chairs the CAB, assesses, schedules and reviews changes, keeps boards, templates and windows. */
    public static final Actor CHANGE_MANAGER_LIN = Actor.of("CM001", Role.CHANGE_MANAGER);
    /** The head nurse who sits on the CAB as its clinical representative. */
    public static final Actor HEAD_NURSE_HAN = Actor.of("N2001", Role.CAB_MEMBER);
    /** The release manager. */
    public static final Actor RELEASE_MANAGER_XU = Actor.of("RM001", Role.RELEASE_MANAGER);

    /** Everyone above, for generators that pick a random actor. */
    public static final ImmutableList<Actor> EVERYONE = ImmutableList.of(NURSE_WANG, CLERK_LI, DOCTOR_ZHAO, AGENT_CHEN,
            ENGINEER_LIU, ENGINEER_ZHOU, LEAD_SUN, SPECIALIST_HUANG, LEAD_WU, NETWORK_MA, VENDOR_ENGINEER,
            DIRECTOR_GAO, Actor.system());

    private DemoHospital() {
    }

    public static ImmutableList<AssignmentGroup> groups() {
        return ImmutableList.of(
                group(SERVICE_DESK, "Service desk", SupportTier.FIRST_LINE, AGENT_CHEN),
                group(DESKTOP, "Desktop and on-site support", SupportTier.FIRST_LINE, LEAD_SUN, ENGINEER_LIU,
                        ENGINEER_ZHOU),
                group(HIS_SUPPORT, "HIS application support", SupportTier.SECOND_LINE, LEAD_WU, SPECIALIST_HUANG),
                group(NETWORK, "Network", SupportTier.SECOND_LINE, NETWORK_MA),
                group(HIS_VENDOR, "HIS vendor support", SupportTier.VENDOR, VENDOR_ENGINEER));
    }

    /** The division of duties: printers and PCs to desktop support, HIS to its specialists. */
    public static RoutingTable routing() {
        return RoutingTable.of(List.of(
                RoutingRule.of("desktop", DESKTOP.value()),
                RoutingRule.of("printer", DESKTOP.value()),
                RoutingRule.of("his", DESKTOP.value()),
                RoutingRule.of("his.pharmacy", HIS_SUPPORT.value()),
                RoutingRule.of("network", NETWORK.value()),
                RoutingRule.of("account", SERVICE_DESK.value())), SERVICE_DESK);
    }

    public static InMemoryStaffDirectory directory() {
        InMemoryStaffDirectory directory = new InMemoryStaffDirectory();
        groups().forEach(directory::add);
        member(directory, NURSE_WANG, "Wang Fang (nurse)", WARD_5_EAST, "5501");
        member(directory, CLERK_LI, "Li Na (registration clerk)", OUTPATIENT, "1102");
        member(directory, DOCTOR_ZHAO, "Zhao Lei (radiologist)", RADIOLOGY, "3301");
        member(directory, HEAD_NURSE_HAN, "Han Mei (head nurse)", WARD_5_EAST, "5500");
        for (Actor staff : List.of(AGENT_CHEN, ENGINEER_LIU, ENGINEER_ZHOU, LEAD_SUN, SPECIALIST_HUANG, LEAD_WU,
                NETWORK_MA, VENDOR_ENGINEER, DIRECTOR_GAO, CONFIG_MANAGER_QIAN, PRIVACY_OFFICER_HE, PROBLEM_MANAGER_ZHAO,
                CHANGE_MANAGER_LIN, RELEASE_MANAGER_XU)) {
            member(directory, staff, staff.staffId().value(), IT, "8000");
        }
        return directory;
    }

    /** The calendar of clinical-critical services. */
    public static final String ROUND_THE_CLOCK = "24x7";
    /** The calendar of everything else: mainland China office hours with the official holidays. */
    public static final String OFFICE_HOURS = "office-hours";

    /**
     * The catalogue: HIS outpatient and inpatient pharmacy are clinical-critical (measured
     * 24x7 with tight targets), the network important, desktops, printers and accounts
     * general (office hours). Tickets in {@code his}, {@code network} and {@code account}
     * map to their services; everything else is "desktop and printers".
     */
    public static ServiceCatalogue serviceCatalogue() {
        ServiceLevelAgreement clinical = ServiceLevelAgreement.of("clinical", Map.of(
                Priority.P1, SlaTargets.of(10, 2, 30), Priority.P2, SlaTargets.of(15, 4, 60),
                Priority.P3, SlaTargets.of(30, 8, 120), Priority.P4, SlaTargets.of(60, 24, 240),
                Priority.P5, SlaTargets.of(120, 72, 480)), List.of(50, 75));
        ServiceLevelAgreement standard = ServiceLevelAgreement.of("standard", Map.of(
                Priority.P1, SlaTargets.of(15, 4, 30), Priority.P2, SlaTargets.of(30, 8, 120),
                Priority.P3, SlaTargets.of(60, 16, 240), Priority.P4, SlaTargets.of(120, 24, 480),
                Priority.P5, SlaTargets.of(240, 80, 1440)), List.of(50, 75));
        return ServiceCatalogue.of(
                        new ServiceCatalogueEntry("desktop and printers", ServiceCriticality.GENERAL, standard),
                        new ServiceCatalogueEntry("HIS outpatient", ServiceCriticality.CLINICAL_CRITICAL, clinical),
                        new ServiceCatalogueEntry("HIS inpatient pharmacy", ServiceCriticality.CLINICAL_CRITICAL, clinical),
                        new ServiceCatalogueEntry("network", ServiceCriticality.IMPORTANT, standard),
                        new ServiceCatalogueEntry("accounts", ServiceCriticality.GENERAL, standard))
                .withRule(CategoryCode.of("his"), "HIS outpatient")
                .withRule(CategoryCode.of("his.pharmacy"), "HIS inpatient pharmacy")
                .withRule(CategoryCode.of("network"), "network")
                .withRule(CategoryCode.of("account"), "accounts");
    }

    /** The catalogue with clinical-critical services on {@link #ROUND_THE_CLOCK}, the rest on {@link #OFFICE_HOURS}. */
    public static SlaConfiguration slaConfiguration() {
        return SlaConfiguration.of(serviceCatalogue(), Map.of(
                ServiceCriticality.CLINICAL_CRITICAL, ROUND_THE_CLOCK,
                ServiceCriticality.IMPORTANT, OFFICE_HOURS,
                ServiceCriticality.GENERAL, OFFICE_HOURS));
    }

    /** Stores the two calendars and the SLA configuration through the administration use case, as the system. */
    public static void configureServiceLevels(SlaAdministration administration) {
        Actor system = Actor.system();
        administration.addCalendarVersion(system, ROUND_THE_CLOCK, Instant.EPOCH,
                BusinessCalendar.twentyFourSeven(BusinessCalendar.SHANGHAI), "clinical-critical systems never stop");
        administration.addCalendarVersion(system, OFFICE_HOURS, Instant.EPOCH, ChinaMainland.officeHours(),
                "office hours with the State Council holiday arrangements 2024-2026");
        administration.saveConfiguration(system, slaConfiguration(), "the hospital's service catalogue");
    }

    public static ServiceDeskSettings settings() {
        return ServiceDeskSettings.hospitalDefault(routing());
    }

    /** The demo hospital on in-memory adapters, its clock at {@code 2026-03-02T08:00:00+08:00}. */
    public static InMemoryServiceDesk inMemory() {
        return new InMemoryServiceDesk(directory(), MutableClock.at("2026-03-02T00:00:00Z"), settings());
    }

    private static AssignmentGroup group(GroupId id, String name, SupportTier tier, Actor lead, Actor... others) {
        ImmutableSet.Builder<StaffId> members = ImmutableSet.<StaffId>builder().add(lead.staffId());
        for (Actor other : others) {
            members.add(other.staffId());
        }
        return new AssignmentGroup(id, name, tier, lead.staffId(), members.build());
    }

    private static void member(InMemoryStaffDirectory directory, Actor staff, String name, DepartmentId department,
                               String extension) {
        directory.add(new StaffMember(staff.staffId(), name, department, Optional.of(extension)));
    }
}
