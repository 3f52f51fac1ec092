package org.itilhis.testkit.contract;

import static org.itilhis.testkit.TicketBuilder.aTicket;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.List;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.servicedesk.in.TicketSearch;
import org.itilhis.ports.servicedesk.out.TicketRepository;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.TicketBuilder;

/**
 * Nine tickets that tell every search criterion apart, stored in an order unlike the
 * work-queue order. In work-queue order (priority, then raised at, then number):
 *
 * <pre>
 * HIS      INC-2026-000101  P1  his-second-line    Huang  clerk Li     outpatient  IN_PROGRESS  +10 min
 * TIE_A    INC-2026-000108  P2  desktop-first-line Liu    doctor Zhao  radiology   ASSIGNED      +5 min
 * TIE_B    INC-2026-000109  P2  desktop-first-line -      clerk Li     outpatient  NEW           +5 min
 * NETWORK  INC-2026-000103  P2  network-second-line Ma    doctor Zhao  radiology   ON_HOLD      +20 min
 * EARLIER  INC-2026-000107  P3  desktop-first-line -      nurse Wang   ward 5 east NEW          -60 min
 * PRINTER  INC-2026-000104  P3  desktop-first-line Liu    nurse Wang   ward 5 east ASSIGNED       0 min
 * TONER    INC-2026-000105  P3  desktop-first-line Zhou   doctor Zhao  radiology   RESOLVED     +40 min
 * ACCOUNT  REQ-2026-000106  P4  service-desk       -      nurse Wang   ward 5 east NEW          +30 min
 * MOUSE    INC-2026-000110  P5  desktop-first-line -      clerk Li     outpatient  CANCELLED    +50 min
 * </pre>
 */
final class TicketSearchFixture {
    static final String HIS = "INC-2026-000101";
    static final String TIE_A = "INC-2026-000108";
    static final String TIE_B = "INC-2026-000109";
    static final String NETWORK = "INC-2026-000103";
    static final String EARLIER = "INC-2026-000107";
    static final String PRINTER = "INC-2026-000104";
    static final String TONER = "INC-2026-000105";
    static final String ACCOUNT = "REQ-2026-000106";
    static final String MOUSE = "INC-2026-000110";

    /** Every ticket of the fixture in work-queue order. */
    static final ImmutableList<String> QUEUE_ORDER =
            ImmutableList.of(HIS, TIE_A, TIE_B, NETWORK, EARLIER, PRINTER, TONER, ACCOUNT, MOUSE);

    private static final Instant T0 = TicketBuilder.RAISED_AT;

    private TicketSearchFixture() {
    }

    static void store(TicketRepository tickets, Transactions transactions) {
        StaffId liu = DemoHospital.ENGINEER_LIU.staffId();
        StaffId wang = DemoHospital.NURSE_WANG.staffId();
        StaffId li = DemoHospital.CLERK_LI.staffId();
        StaffId zhao = DemoHospital.DOCTOR_ZHAO.staffId();
        List<TicketBuilder> builders = List.of(
                ticket(PRINTER, Priority.P3, 0).withEngineer(liu).calledBy(wang).fromDepartment(DemoHospital.WARD_5_EAST)
                        .withSummary("Label printer jams").withDescription("Wristbands cannot be printed").assigned(),
                ticket(TONER, Priority.P3, 40).withEngineer(DemoHospital.ENGINEER_ZHOU.staffId()).calledBy(zhao)
                        .fromDepartment(DemoHospital.RADIOLOGY).withSummary("Toner empty")
                        .withDescription("The PRINTER in the reading room prints blank pages").resolved(),
                ticket(MOUSE, Priority.P5, 50).calledBy(li).fromDepartment(DemoHospital.OUTPATIENT)
                        .withSummary("Mouse missing").withDescription("Taken from the registration desk").cancelled(),
                ticket(TIE_B, Priority.P2, 5).calledBy(li).fromDepartment(DemoHospital.OUTPATIENT)
                        .withSummary("Queue ticket printer offline")
                        .withDescription("The numbering machine in the hall prints nothing"),
                ticket(ACCOUNT, Priority.P4, 30).inGroup(DemoHospital.SERVICE_DESK).calledBy(wang)
                        .fromDepartment(DemoHospital.WARD_5_EAST).inCategory("account")
                        .withSummary("Account for a student nurse")
                        .withDescription("Needs HIS access in the new 1000-bed wing from Monday"),
                ticket(HIS, Priority.P1, 10).inGroup(DemoHospital.HIS_SUPPORT)
                        .withEngineer(DemoHospital.SPECIALIST_HUANG.staffId()).calledBy(li)
                        .fromDepartment(DemoHospital.OUTPATIENT).inCategory("his")
                        .withSummary("HIS registration screen freezes")
                        .withDescription("Clerks at the outpatient hall cannot register patients").inProgress(),
                ticket(EARLIER, Priority.P3, -60).calledBy(wang).fromDepartment(DemoHospital.WARD_5_EAST)
                        .inCategory("desktop").withSummary("Keyboard keys stick")
                        .withDescription("Coffee was spilt on it"),
                ticket(NETWORK, Priority.P2, 20).inGroup(DemoHospital.NETWORK)
                        .withEngineer(DemoHospital.NETWORK_MA.staffId()).calledBy(zhao)
                        .fromDepartment(DemoHospital.RADIOLOGY).inCategory("network").withSummary("PACS viewer slow")
                        .withDescription("The radiology uplink runs at 100% utilisation").onHold(),
                ticket(TIE_A, Priority.P2, 5).withEngineer(liu).calledBy(zhao).fromDepartment(DemoHospital.RADIOLOGY)
                        .inCategory("desktop").withSummary("Reading room PC will not boot")
                        .withDescription("Blue screen after the update").assigned());
        for (TicketBuilder builder : builders) {
            Ticket ticket = builder.withId(tickets.nextId()).build();
            ContractSupport.committed(transactions, () -> tickets.save(ticket));
            ticket.pullEvents();
        }
    }

    private static TicketBuilder ticket(String number, Priority priority, int minutesAfterT0) {
        return aTicket().withNumber(TicketNumber.parse(number)).withPriority(priority)
                .raisedAt(T0.plus(Duration.ofMinutes(minutesAfterT0)));
    }

    // One search per criterion, everything else left open.

    static TicketSearch all() {
        return TicketSearch.all(TicketSearch.MAX_LIMIT);
    }

    static TicketSearch statuses(TicketStatus... wanted) {
        return all().withStatuses(ImmutableSet.copyOf(wanted));
    }

    static TicketSearch type(TicketType wanted) {
        return all().withType(wanted);
    }

    static TicketSearch groups(GroupId... wanted) {
        return all().withGroups(ImmutableSet.copyOf(wanted));
    }

    static TicketSearch engineer(StaffId wanted) {
        return all().withEngineer(wanted);
    }

    static TicketSearch within(Optional<StaffId> caller, ImmutableSet<GroupId> groups, Optional<StaffId> engineer) {
        return all().within(new TicketSearch.Reach(caller, groups, engineer));
    }

    static TicketSearch caller(StaffId wanted) {
        return all().withCaller(wanted);
    }

    static TicketSearch priority(Priority wanted) {
        return all().withPriority(wanted);
    }

    static TicketSearch department(DepartmentId wanted) {
        return all().withDepartment(wanted);
    }

    /** Raised from {@code fromMinutes} (inclusive) to {@code beforeMinutes} (exclusive) after T0. */
    static TicketSearch raisedWithin(int fromMinutes, int beforeMinutes) {
        return all().raisedWithin(T0.plus(Duration.ofMinutes(fromMinutes)), T0.plus(Duration.ofMinutes(beforeMinutes)));
    }

    static TicketSearch text(String wanted) {
        return all().withText(wanted);
    }

    static TicketSearch limit(int limit) {
        return TicketSearch.all(limit);
    }
}
