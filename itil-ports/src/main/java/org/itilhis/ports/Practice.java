package org.itilhis.ports;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Locale;

/**
 * The ITIL practices the library implements, each a package of its own in every module
 * ({@code ports.<practice>.in/out/service}, {@code adapters.rest.<practice>},
 * {@code adapters.jdbc.<practice>}), and the order in which they may use each other: a
 * practice uses {@code common} and the practices it {@linkplain #mayUse names}, never one
 * above it. The order is a DAG, written here once and checked by the ArchUnit tests of every
 * module (docs/practices.md says how to read and extend it).
 *
 * <p>Where two practices meet, the link belongs to the higher one (a problem owns its links
 * to incidents; "an incident shows its problem" is a query of problem management). Where a
 * lower practice needs a higher one's answer (the service desk's routing needs the on-call
 * roster), the lower one declares a port and the higher one implements it.
 */
public enum Practice {
    /** Contacts, incidents and service requests (the single point of contact). */
    SERVICE_DESK("servicedesk"),
    /** SLAs, business calendars, clocks, the SLA monitor and report. */
    SERVICE_LEVEL("servicelevel", SERVICE_DESK),
    /** The CMDB: configuration items, relationships, impact, import; tickets raised against items. */
    CONFIGURATION("configuration", SERVICE_DESK),
    /**
     * Problem management and known errors: problems, their root cause analysis, their links to
     * incidents (owned here, above the desk) and proactive detection of candidate problems.
     */
    PROBLEM("problem", SERVICE_DESK, CONFIGURATION),
    /**
     * Knowledge articles and known errors as the desk finds them: the knowledge index and its
     * search. Above problem management, so that it may index the published known errors.
     */
    KNOWLEDGE("knowledge", SERVICE_DESK, CONFIGURATION, PROBLEM),
    /**
     * Change management: changes (standard, normal, emergency), their risk, the change advisory
     * board's approvals, blackout and maintenance windows and the schedule's conflict checks;
     * owns the links from changes to the problems they fix and the incidents they cause or resolve.
     */
    CHANGE("change", SERVICE_DESK, CONFIGURATION, PROBLEM),
    /**
     * Release management: releases bundling approved changes, their stages with go / no-go
     * decisions and their deployments, which update the CMDB through its own commands.
     */
    RELEASE("release", SERVICE_DESK, CONFIGURATION, CHANGE),
    /**
     * The daily operations records of the information centre, each a first-class record tied to
     * the CMDB: inspection rounds (巡检) from checklist templates on schedules, the machine room
     * log (机房日志), backup jobs, their runs and restore tests (备份记录), repairs and maintenance
     * (维修记录) and the consumables and spare parts ledger (耗材/备件). A failed inspection item
     * or a missed or failed backup raises an incident on its item by itself, through the CMDB's
     * {@code configuration.in.FaultIncidents}; a repair moves its item through the CMDB's
     * lifecycle and may answer an incident or a problem.
     */
    OPERATIONS("operations", SERVICE_DESK, SERVICE_LEVEL, CONFIGURATION, PROBLEM),
    /**
     * The duty roster: shifts per assignment group, rosters generated fairly from a rotation and
     * then edited, swaps approved by the group lead, the on-call chain the service desk's routing
     * asks for (through {@code ports.servicedesk.out.OnCallRoster}) and shift handovers listing
     * the shift's open tickets and scheduled changes.
     */
    ROSTER("roster", SERVICE_DESK, SERVICE_LEVEL, CONFIGURATION, CHANGE, OPERATIONS),
    /**
     * Notifications that arrive: the relay that follows the event log and hands each event, at
     * least once and in order per record, to its subscribers (each with its own durable position,
     * retries with backoff, a dead-letter list); the rules as data that say who hears of what,
     * people's preferences (channel, language, quiet hours) and the templates; webhook
     * subscriptions; replies by e-mail that become caller contacts on their ticket. Reads the
     * tickets (the service desk) and the SLA's escalations (service level) to say what happened.
     */
    NOTIFICATION("notification", SERVICE_DESK, SERVICE_LEVEL),
    /**
     * Monitoring and event management: alerts from the hospital's monitoring (Prometheus
     * Alertmanager, Zabbix, any other through a plain format) received per authenticated source,
     * mapped to configuration items by rules kept as data, deduplicated and correlated into
     * incidents raised through the service desk's own use cases (one per impacted service in a
     * storm), and the operational state of every item as the alerts last said, which the CMDB's
     * impact analysis turns into "what is affected right now".
     */
    MONITORING("monitoring", SERVICE_DESK, SERVICE_LEVEL, CONFIGURATION),
    /**
     * Availability management: the outages of configuration items (declared on incidents, seen
     * by monitoring, recorded as repair downtime) propagated to the business services by the
     * CMDB's impact rules, each service's availability target measured in its calendar, planned
     * maintenance inside approved change windows kept apart, and the availability report.
     */
    AVAILABILITY("availability", SERVICE_DESK, SERVICE_LEVEL, CONFIGURATION, CHANGE, OPERATIONS, MONITORING),
    /**
     * Reports that read several practices: the workload figures per engineer, group and
     * department from the event log, the roster and the operations records (inspection rounds).
     * At the top of the order.
     */
    REPORTING("reporting", SERVICE_DESK, SERVICE_LEVEL, ROSTER, OPERATIONS);

    /** The package every practice may use, in every module. */
    public static final String COMMON = "common";

    private final String packageName;
    private final ImmutableSet<Practice> uses;

    Practice(String packageName, Practice... uses) {
        this.packageName = packageName;
        this.uses = ImmutableSet.copyOf(uses);
    }

    /** The package segment of this practice: {@code servicedesk} in {@code org.itilhis.ports.servicedesk.in}. */
    public String packageName() {
        return packageName;
    }

    /** Whether this practice may use {@code other}: itself, or one it names, directly or through another. */
    public boolean mayUse(Practice other) {
        checkNotNull(other, "other");
        return other == this || uses.stream().anyMatch(used -> used.mayUse(other));
    }

    /** The practices this one may not use: those above it and beside it. */
    public ImmutableSet<Practice> mayNotUse() {
        return Arrays.stream(values()).filter(other -> !mayUse(other))
                .collect(ImmutableSet.toImmutableSet());
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
