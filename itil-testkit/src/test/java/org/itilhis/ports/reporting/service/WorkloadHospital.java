package org.itilhis.ports.reporting.service;

import jakarta.validation.Validation;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.ChinaMainland;
import org.itilhis.core.roster.Duty;
import org.itilhis.core.roster.ShiftKind;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.workload.SplitRules;
import org.itilhis.ports.roster.in.Duties;
import org.itilhis.ports.servicedesk.service.Hospital;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryWorkloadFacts;

/**
 * The demo hospital with reporting on its in-memory desk: a roster kept as a plain list of duties
 * (the roster practice's {@link Duties} read as a lambda), the split rules of the mainland
 * calendar, Beijing time.
 */
final class WorkloadHospital {
    static final SplitRules RULES = SplitRules.onSite(ChinaMainland.officeHours());

    final Hospital hospital = new Hospital();
    final List<Duty> roster = new ArrayList<>();
    final InMemoryWorkloadFacts facts = new InMemoryWorkloadFacts(hospital.desk.transactions);
    final Duties duties = (engineers, from, to) -> roster.stream()
            .filter(d -> engineers.isEmpty() || engineers.contains(d.engineer()))
            .filter(d -> d.overlaps(from, to)).toList();
    final Reporting reporting = Reporting.create(new ReportingPorts(hospital.desk.ports, duties, facts), RULES,
            DemoHospital.settings(), Validation.buildDefaultValidatorFactory().getValidator());

    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BusinessCalendar.SHANGHAI).toInstant();
    }

    void rosters(Actor engineer, GroupId group, ShiftKind kind, String start, String end) {
        roster.add(new Duty(engineer.staffId(), group, kind.name(), kind, beijing(start), beijing(end)));
    }

    /** Moves the clock on to {@code localDateTime}, Beijing time. */
    void at(String localDateTime) {
        hospital.later(java.time.Duration.between(hospital.desk.clock.instant(), beijing(localDateTime)));
    }
}
