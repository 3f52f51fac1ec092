package org.itilhis.core.access;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.core.access.Permission.ACCEPT;
import static org.itilhis.core.access.Permission.DECIDE_SWAP;
import static org.itilhis.core.access.Permission.VIEW_INSPECTIONS;
import static org.itilhis.core.access.Permission.RECORD_INSPECTION;
import static org.itilhis.core.access.Permission.MANAGE_INSPECTIONS;
import static org.itilhis.core.access.Permission.VIEW_MACHINE_ROOM_LOG;
import static org.itilhis.core.access.Permission.WRITE_MACHINE_ROOM_LOG;
import static org.itilhis.core.access.Permission.POST_ENVIRONMENT_READING;
import static org.itilhis.core.access.Permission.VIEW_BACKUPS;
import static org.itilhis.core.access.Permission.MANAGE_BACKUP_JOBS;
import static org.itilhis.core.access.Permission.RECORD_BACKUP_RUN;
import static org.itilhis.core.access.Permission.RECORD_RESTORE_TEST;
import static org.itilhis.core.access.Permission.VIEW_REPAIRS;
import static org.itilhis.core.access.Permission.RECORD_REPAIR;
import static org.itilhis.core.access.Permission.VIEW_STOCK;
import static org.itilhis.core.access.Permission.MOVE_STOCK;
import static org.itilhis.core.access.Permission.TAKE_STOCK;
import static org.itilhis.core.access.Permission.MANAGE_STOCK_ITEMS;
import static org.itilhis.core.access.Permission.MANAGE_ROSTER;
import static org.itilhis.core.access.Permission.MANAGE_SHIFTS;
import static org.itilhis.core.access.Permission.REQUEST_SWAP;
import static org.itilhis.core.access.Permission.SIGN_HANDOVER;
import static org.itilhis.core.access.Permission.VIEW_HANDOVER;
import static org.itilhis.core.access.Permission.VIEW_ROSTER;
import static org.itilhis.core.access.Permission.WRITE_HANDOVER;
import static org.itilhis.core.access.Permission.ADD_WORK_LOG;
import static org.itilhis.core.access.Permission.APPLY_WORKAROUND;
import static org.itilhis.core.access.Permission.ASSESS_CHANGE;
import static org.itilhis.core.access.Permission.ASSIGN;
import static org.itilhis.core.access.Permission.CANCEL;
import static org.itilhis.core.access.Permission.CANCEL_CHANGE;
import static org.itilhis.core.access.Permission.CANCEL_PROBLEM;
import static org.itilhis.core.access.Permission.CLOSE;
import static org.itilhis.core.access.Permission.CONFIRM;
import static org.itilhis.core.access.Permission.DECIDE_CANDIDATE_PROBLEMS;
import static org.itilhis.core.access.Permission.DECIDE_RELEASE_STAGE;
import static org.itilhis.core.access.Permission.DECLARE_MAJOR_INCIDENT;
import static org.itilhis.core.access.Permission.DEPLOY_RELEASE;
import static org.itilhis.core.access.Permission.ESCALATE;
import static org.itilhis.core.access.Permission.ESCALATE_TO_LEAD;
import static org.itilhis.core.access.Permission.HOLD;
import static org.itilhis.core.access.Permission.IMPLEMENT_CHANGE;
import static org.itilhis.core.access.Permission.INVESTIGATE_PROBLEM;
import static org.itilhis.core.access.Permission.LINK_CONTACT;
import static org.itilhis.core.access.Permission.LINK_INCIDENT;
import static org.itilhis.core.access.Permission.LOG_CONTACT;
import static org.itilhis.core.access.Permission.LOG_PROBLEM;
import static org.itilhis.core.access.Permission.MANAGE_CHANGE_CONFIGURATION;
import static org.itilhis.core.access.Permission.MANAGE_CMDB;
import static org.itilhis.core.access.Permission.MANAGE_PROBLEM;
import static org.itilhis.core.access.Permission.MANAGE_RELEASE;
import static org.itilhis.core.access.Permission.MANAGE_SLA;
import static org.itilhis.core.access.Permission.OVERRIDE_PRIORITY;
import static org.itilhis.core.access.Permission.PUBLISH_KNOWN_ERROR;
import static org.itilhis.core.access.Permission.VIEW_WORKLOAD;
import static org.itilhis.core.access.Permission.RAISE_CHANGE;
import static org.itilhis.core.access.Permission.RAISE_TICKET;
import static org.itilhis.core.access.Permission.RATE;
import static org.itilhis.core.access.Permission.RECORD_AFFECTED_CI;
import static org.itilhis.core.access.Permission.REOPEN;
import static org.itilhis.core.access.Permission.REPRIORITISE;
import static org.itilhis.core.access.Permission.RESOLVE;
import static org.itilhis.core.access.Permission.RESOLVE_AT_FIRST_CONTACT;
import static org.itilhis.core.access.Permission.RESOLVE_PROBLEM;
import static org.itilhis.core.access.Permission.RESUME;
import static org.itilhis.core.access.Permission.RETIRE_ARTICLE;
import static org.itilhis.core.access.Permission.REVIEW_ARTICLE;
import static org.itilhis.core.access.Permission.REVIEW_CHANGE;
import static org.itilhis.core.access.Permission.SCHEDULE_CHANGE;
import static org.itilhis.core.access.Permission.START;
import static org.itilhis.core.access.Permission.VERIFY_AUDIT_TRAIL;
import static org.itilhis.core.access.Permission.VIEW_ARTICLE;
import static org.itilhis.core.access.Permission.VIEW_CALLER_CONTACT;
import static org.itilhis.core.access.Permission.VIEW_CANDIDATE_PROBLEMS;
import static org.itilhis.core.access.Permission.VIEW_CHANGE;
import static org.itilhis.core.access.Permission.VIEW_CMDB;
import static org.itilhis.core.access.Permission.VIEW_DESK_ARTICLES;
import static org.itilhis.core.access.Permission.VIEW_ENGINEER_ARTICLES;
import static org.itilhis.core.access.Permission.VIEW_INTERNAL_NOTES;
import static org.itilhis.core.access.Permission.VIEW_PERSONAL_DATA_READS;
import static org.itilhis.core.access.Permission.VIEW_PROBLEM;
import static org.itilhis.core.access.Permission.VIEW_PROBLEM_ANALYSIS;
import static org.itilhis.core.access.Permission.VIEW_QUEUE;
import static org.itilhis.core.access.Permission.VIEW_RELEASE;
import static org.itilhis.core.access.Permission.VIEW_SLA;
import static org.itilhis.core.access.Permission.VIEW_TICKET;
import static org.itilhis.core.access.Permission.VOTE_ON_CHANGE;
import static org.itilhis.core.access.Permission.WRITE_ARTICLE;
import static org.itilhis.core.access.Permission.VIEW_NOTIFICATIONS;
import static org.itilhis.core.access.Permission.MANAGE_NOTIFICATION_RULES;
import static org.itilhis.core.access.Permission.MANAGE_WEBHOOKS;
import static org.itilhis.core.access.Permission.MANAGE_DEAD_LETTERS;
import static org.itilhis.core.access.Permission.SET_NOTIFICATION_PREFERENCE;
import static org.itilhis.core.access.Permission.VIEW_MONITORING;
import static org.itilhis.core.access.Permission.MANAGE_ALERT_SOURCES;
import static org.itilhis.core.access.Permission.MANAGE_ALERT_MAPPINGS;
import static org.itilhis.core.access.Permission.VIEW_AVAILABILITY;
import static org.itilhis.core.access.Permission.MANAGE_AVAILABILITY_TARGETS;
import static org.itilhis.core.access.Permission.DECLARE_OUTAGE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.Role;

/**
 * The access table: which role may do what, on which records. An actor is permitted when
 * any of their roles has a rule for the permission whose scope covers the record.
 */
public final class AccessPolicy {
    private static final List<Permission> ENGINEER_WORK =
            List.of(ACCEPT, START, HOLD, RESUME, ESCALATE, ESCALATE_TO_LEAD, RESOLVE, ADD_WORK_LOG, REPRIORITISE);

    private final ImmutableList<AccessRule> rules;
    private final ImmutableListMultimap<Permission, AccessRule> byPermission;

    private AccessPolicy(Iterable<AccessRule> rules) {
        this.rules = ImmutableList.copyOf(rules);
        this.byPermission = this.rules.stream()
                .collect(ImmutableListMultimap.toImmutableListMultimap(AccessRule::permission, rule -> rule));
    }

    public static AccessPolicy of(Iterable<AccessRule> rules) {
        return new AccessPolicy(rules);
    }

    /**
     * The hospital default of DOMAIN.md. Reporters see and act on the tickets they called in;
     * engineers and group leads on the tickets of their groups and those assigned to them; the
     * vendor's engineer likewise, without ever learning who called or where from; the desk,
     * the director and the system see every ticket. Only the privacy officer reads who read
     * which personal data. The table is published in {@code docs/access-matrix.md}.
     */
    public static AccessPolicy hospitalDefault() {
        List<AccessRule> rules = new ArrayList<>();
        grant(rules, Role.REPORTER, Scope.OWN, VIEW_TICKET, VIEW_CALLER_CONTACT, LOG_CONTACT, CONFIRM, REOPEN, RATE,
                CANCEL);
        // a caller's reply by e-mail is their own contact, linked to their own ticket (issue 19)
        grant(rules, Role.REPORTER, Scope.OWN, LINK_CONTACT);
        grant(rules, Role.SERVICE_DESK_AGENT, Scope.ANY, VIEW_TICKET, VIEW_CALLER_CONTACT, VIEW_INTERNAL_NOTES,
                VIEW_QUEUE, LOG_CONTACT, RESOLVE_AT_FIRST_CONTACT, RAISE_TICKET, LINK_CONTACT, ASSIGN, ESCALATE_TO_LEAD,
                CONFIRM, REOPEN, CANCEL, ADD_WORK_LOG, REPRIORITISE, DECLARE_MAJOR_INCIDENT, VIEW_SLA, VIEW_CMDB,
                RECORD_AFFECTED_CI);
        for (Role engineer : List.of(Role.FIRST_LINE_ENGINEER, Role.SECOND_LINE_ENGINEER, Role.GROUP_LEAD)) {
            grant(rules, engineer, Scope.ANY, VIEW_QUEUE, LOG_CONTACT, VIEW_SLA, VIEW_CMDB);
            grant(rules, engineer, Scope.GROUP, VIEW_TICKET, VIEW_CALLER_CONTACT, VIEW_INTERNAL_NOTES,
                    RECORD_AFFECTED_CI);
            grant(rules, engineer, Scope.GROUP, ENGINEER_WORK.toArray(Permission[]::new));
        }
        grant(rules, Role.GROUP_LEAD, Scope.GROUP, ASSIGN, OVERRIDE_PRIORITY, CANCEL, DECLARE_MAJOR_INCIDENT);
        grant(rules, Role.VENDOR_ENGINEER, Scope.ANY, VIEW_QUEUE);
        grant(rules, Role.VENDOR_ENGINEER, Scope.GROUP, VIEW_TICKET, VIEW_INTERNAL_NOTES, ACCEPT, START, HOLD, RESUME,
                ESCALATE_TO_LEAD, RESOLVE, ADD_WORK_LOG);
        grant(rules, Role.IT_DIRECTOR, Scope.ANY, VIEW_TICKET, VIEW_CALLER_CONTACT, VIEW_INTERNAL_NOTES, VIEW_QUEUE,
                DECLARE_MAJOR_INCIDENT, VIEW_SLA, MANAGE_SLA, VIEW_CMDB, VERIFY_AUDIT_TRAIL);
        grant(rules, Role.CONFIGURATION_MANAGER, Scope.ANY, VIEW_CMDB, MANAGE_CMDB);
        grant(rules, Role.PRIVACY_OFFICER, Scope.ANY, VIEW_PERSONAL_DATA_READS, VERIFY_AUDIT_TRAIL);
        problemManagement(rules);
        knowledgeManagement(rules);
        changeManagement(rules);
        releaseManagement(rules);
        dutyRoster(rules);
        operationsRecords(rules);
        notifications(rules);
        monitoringAndAvailability(rules);
        workloadReporting(rules);
        grant(rules, Role.SYSTEM, Scope.ANY, CLOSE, LOG_CONTACT, RAISE_TICKET, VIEW_TICKET, VIEW_CALLER_CONTACT,
                VIEW_INTERNAL_NOTES, VIEW_QUEUE, VIEW_SLA, MANAGE_SLA, VIEW_CMDB, MANAGE_CMDB, RECORD_AFFECTED_CI, VIEW_PROBLEM, VIEW_PROBLEM_ANALYSIS, VIEW_CANDIDATE_PROBLEMS);
        return new AccessPolicy(rules);
    }

    /**
     * Problem management (issue 15): every IT role sees problems, the vendor's engineer those of
     * the vendor's group; reporters never see them. The analysis is for those who work problems
     * (the problem manager, engineers, leads, the director, the vendor on its group's); the desk
     * reads a known error's workaround, which is public, not the analysis. The problem manager
     * runs the lifecycle and may resolve incidents (the linked ones, with their problem);
     * second-line engineers and group leads log problems and investigate their groups'; the desk
     * and engineers apply workarounds.
     */
    private static void problemManagement(List<AccessRule> rules) {
        grant(rules, Role.PROBLEM_MANAGER, Scope.ANY, VIEW_TICKET, VIEW_INTERNAL_NOTES, RESOLVE, VIEW_CMDB, VIEW_PROBLEM,
                VIEW_PROBLEM_ANALYSIS, LOG_PROBLEM, INVESTIGATE_PROBLEM, LINK_INCIDENT, PUBLISH_KNOWN_ERROR,
                RESOLVE_PROBLEM, CANCEL_PROBLEM, MANAGE_PROBLEM, VIEW_CANDIDATE_PROBLEMS, DECIDE_CANDIDATE_PROBLEMS);
        grant(rules, Role.SERVICE_DESK_AGENT, Scope.ANY, VIEW_PROBLEM, LINK_INCIDENT, APPLY_WORKAROUND);
        for (Role engineer : List.of(Role.FIRST_LINE_ENGINEER, Role.SECOND_LINE_ENGINEER, Role.GROUP_LEAD)) {
            grant(rules, engineer, Scope.ANY, VIEW_PROBLEM, VIEW_PROBLEM_ANALYSIS, APPLY_WORKAROUND);
        }
        for (Role worker : List.of(Role.SECOND_LINE_ENGINEER, Role.GROUP_LEAD)) {
            grant(rules, worker, Scope.ANY, LOG_PROBLEM);
            grant(rules, worker, Scope.GROUP, INVESTIGATE_PROBLEM, LINK_INCIDENT);
        }
        grant(rules, Role.VENDOR_ENGINEER, Scope.GROUP, VIEW_PROBLEM, VIEW_PROBLEM_ANALYSIS);
        grant(rules, Role.IT_DIRECTOR, Scope.ANY, VIEW_PROBLEM, VIEW_PROBLEM_ANALYSIS, VIEW_CANDIDATE_PROBLEMS);
        grant(rules, Role.CONFIGURATION_MANAGER, Scope.ANY, VIEW_PROBLEM);
    }

    /**
     * Knowledge management (issue 15): who reads which audience, and who writes, reviews and
     * retires articles (every article rule is of scope any: articles belong to no group). Every
     * role of the hospital's staff reads the articles for all staff; engineers, leads and the
     * configuration manager those for engineers too; the desk, the problem manager, the director
     * and the system every audience. The vendor's engineer, outside the hospital, reads only what
     * all staff read. The desk and engineers write; group leads and the problem manager review,
     * publish and retire (a reviewer never approves a version they wrote, whatever the table).
     */
    private static void knowledgeManagement(List<AccessRule> rules) {
        grant(rules, Role.REPORTER, Scope.ANY, VIEW_ARTICLE);
        grant(rules, Role.SERVICE_DESK_AGENT, Scope.ANY, VIEW_ARTICLE, VIEW_ENGINEER_ARTICLES, VIEW_DESK_ARTICLES,
                WRITE_ARTICLE);
        for (Role engineer : List.of(Role.FIRST_LINE_ENGINEER, Role.SECOND_LINE_ENGINEER, Role.GROUP_LEAD)) {
            grant(rules, engineer, Scope.ANY, VIEW_ARTICLE, VIEW_ENGINEER_ARTICLES, WRITE_ARTICLE);
        }
        grant(rules, Role.GROUP_LEAD, Scope.ANY, REVIEW_ARTICLE, RETIRE_ARTICLE);
        grant(rules, Role.PROBLEM_MANAGER, Scope.ANY, VIEW_ARTICLE, VIEW_ENGINEER_ARTICLES, VIEW_DESK_ARTICLES,
                WRITE_ARTICLE, REVIEW_ARTICLE, RETIRE_ARTICLE);
        grant(rules, Role.VENDOR_ENGINEER, Scope.ANY, VIEW_ARTICLE);
        grant(rules, Role.IT_DIRECTOR, Scope.ANY, VIEW_ARTICLE, VIEW_ENGINEER_ARTICLES, VIEW_DESK_ARTICLES);
        grant(rules, Role.CONFIGURATION_MANAGER, Scope.ANY, VIEW_ARTICLE, VIEW_ENGINEER_ARTICLES);
        grant(rules, Role.SYSTEM, Scope.ANY, VIEW_ARTICLE, VIEW_ENGINEER_ARTICLES, VIEW_DESK_ARTICLES);
    }

    /**
     * Change management (issue 16): the change manager runs every step and keeps the
     * configuration (boards, templates, windows); CAB members and the director see every change
     * and vote (the board itself refuses a voter who is not on it); engineers and group leads
     * raise, implement and see their groups' changes; a lead also cancels them, and sees every
     * change and votes, as leads sit on the CAB; the desk, the release manager and the configuration manager see
     * changes only. The change manager reads tickets, problems and the CMDB to link and assess.
     */
    private static void changeManagement(List<AccessRule> rules) {
        grant(rules, Role.CHANGE_MANAGER, Scope.ANY, VIEW_CHANGE, RAISE_CHANGE, ASSESS_CHANGE, VOTE_ON_CHANGE,
                SCHEDULE_CHANGE, IMPLEMENT_CHANGE, REVIEW_CHANGE, CANCEL_CHANGE, MANAGE_CHANGE_CONFIGURATION,
                VIEW_TICKET, VIEW_CMDB, VIEW_PROBLEM, VIEW_RELEASE);
        grant(rules, Role.CAB_MEMBER, Scope.ANY, VIEW_CHANGE, VOTE_ON_CHANGE);
        for (Role engineer : List.of(Role.FIRST_LINE_ENGINEER, Role.SECOND_LINE_ENGINEER, Role.GROUP_LEAD)) {
            grant(rules, engineer, Scope.GROUP, VIEW_CHANGE, RAISE_CHANGE, IMPLEMENT_CHANGE);
        }
        grant(rules, Role.GROUP_LEAD, Scope.GROUP, CANCEL_CHANGE);
        grant(rules, Role.GROUP_LEAD, Scope.ANY, VIEW_CHANGE, VOTE_ON_CHANGE);
        grant(rules, Role.IT_DIRECTOR, Scope.ANY, VIEW_CHANGE, VOTE_ON_CHANGE, VIEW_RELEASE);
        grant(rules, Role.SERVICE_DESK_AGENT, Scope.ANY, VIEW_CHANGE);
        grant(rules, Role.CONFIGURATION_MANAGER, Scope.ANY, VIEW_CHANGE);
        grant(rules, Role.SYSTEM, Scope.ANY, VIEW_CHANGE, VIEW_RELEASE);
    }

    /**
     * Release management (issue 16): the release manager plans, decides, deploys and closes
     * releases and sees the changes they bundle.
     */
    private static void releaseManagement(List<AccessRule> rules) {
        grant(rules, Role.RELEASE_MANAGER, Scope.ANY, VIEW_RELEASE, MANAGE_RELEASE, DECIDE_RELEASE_STAGE,
                DEPLOY_RELEASE, VIEW_CHANGE, VIEW_CMDB);
    }

    /**
     * The workload report (issue 17): a person's figures are personal data. Everyone who works
     * tickets or contacts sees their own (scope OWN: the person is the actor); a group lead the
     * work done in their groups; the IT director everyone's.
     */
    private static void workloadReporting(List<AccessRule> rules) {
        for (Role worker : List.of(Role.SERVICE_DESK_AGENT, Role.FIRST_LINE_ENGINEER, Role.SECOND_LINE_ENGINEER,
                Role.VENDOR_ENGINEER)) {
            grant(rules, worker, Scope.OWN, VIEW_WORKLOAD);
        }
        grant(rules, Role.GROUP_LEAD, Scope.GROUP, VIEW_WORKLOAD);
        grant(rules, Role.IT_DIRECTOR, Scope.ANY, VIEW_WORKLOAD);
    }

    /**
     * The duty roster: engineers see their groups' rosters, ask for swaps and write and sign
     * handovers; the group lead defines the shifts, makes the roster and decides swaps; the desk
     * sees every roster (to know whom to call), the director every roster and handover.
     */
    private static void dutyRoster(List<AccessRule> rules) {
        for (Role engineer : List.of(Role.FIRST_LINE_ENGINEER, Role.SECOND_LINE_ENGINEER)) {
            grant(rules, engineer, Scope.GROUP, VIEW_ROSTER, REQUEST_SWAP, WRITE_HANDOVER, SIGN_HANDOVER,
                    VIEW_HANDOVER);
        }
        grant(rules, Role.GROUP_LEAD, Scope.GROUP, VIEW_ROSTER, MANAGE_SHIFTS, MANAGE_ROSTER, REQUEST_SWAP,
                DECIDE_SWAP, WRITE_HANDOVER, SIGN_HANDOVER, VIEW_HANDOVER);
        grant(rules, Role.SERVICE_DESK_AGENT, Scope.ANY, VIEW_ROSTER);
        grant(rules, Role.IT_DIRECTOR, Scope.ANY, VIEW_ROSTER, VIEW_HANDOVER);
        grant(rules, Role.SYSTEM, Scope.ANY, VIEW_ROSTER, VIEW_HANDOVER);
    }

    /**
     * The daily operations records (issue 18). Engineers see and keep their groups' inspection
     * rounds and backups, the group lead also defines the templates, schedules and jobs; the
     * machine room log, the repairs and the stock are the information centre's, kept by every
     * engineer. The desk sees the stock (to hand out a keyboard) and the rounds; the director
     * sees everything; a sensor integration posts environment readings and the backup software
     * its runs, as the system.
     */
    private static void operationsRecords(List<AccessRule> rules) {
        for (Role engineer : List.of(Role.FIRST_LINE_ENGINEER, Role.SECOND_LINE_ENGINEER, Role.GROUP_LEAD)) {
            grant(rules, engineer, Scope.GROUP, VIEW_INSPECTIONS, RECORD_INSPECTION, VIEW_BACKUPS, RECORD_BACKUP_RUN,
                    RECORD_RESTORE_TEST);
            grant(rules, engineer, Scope.ANY, VIEW_MACHINE_ROOM_LOG, WRITE_MACHINE_ROOM_LOG, POST_ENVIRONMENT_READING,
                    VIEW_REPAIRS, RECORD_REPAIR, VIEW_STOCK, MOVE_STOCK);
        }
        grant(rules, Role.GROUP_LEAD, Scope.GROUP, MANAGE_INSPECTIONS, MANAGE_BACKUP_JOBS);
        grant(rules, Role.GROUP_LEAD, Scope.ANY, TAKE_STOCK, MANAGE_STOCK_ITEMS);
        grant(rules, Role.VENDOR_ENGINEER, Scope.ANY, VIEW_REPAIRS);
        grant(rules, Role.CONFIGURATION_MANAGER, Scope.ANY, VIEW_REPAIRS, VIEW_STOCK, MANAGE_STOCK_ITEMS, TAKE_STOCK);
        grant(rules, Role.SERVICE_DESK_AGENT, Scope.ANY, VIEW_INSPECTIONS, VIEW_STOCK, MOVE_STOCK);
        grant(rules, Role.IT_DIRECTOR, Scope.ANY, VIEW_INSPECTIONS, VIEW_MACHINE_ROOM_LOG, VIEW_BACKUPS, VIEW_REPAIRS,
                VIEW_STOCK);
        grant(rules, Role.SYSTEM, Scope.ANY, VIEW_INSPECTIONS, VIEW_BACKUPS, RECORD_BACKUP_RUN, VIEW_MACHINE_ROOM_LOG,
                POST_ENVIRONMENT_READING, VIEW_STOCK);
    }

    /**
     * Notifications (issue 19): the director runs them for the hospital (rules, templates,
     * robots, webhooks, dead letters); a group lead writes the rules and robots of their groups;
     * the system (the integration platform) subscribes its own webhooks; every member of staff
     * sets their own preference (channel, language, quiet hours).
     */
    private static void notifications(List<AccessRule> rules) {
        grant(rules, Role.IT_DIRECTOR, Scope.ANY, VIEW_NOTIFICATIONS, MANAGE_NOTIFICATION_RULES, MANAGE_WEBHOOKS,
                MANAGE_DEAD_LETTERS, SET_NOTIFICATION_PREFERENCE);
        grant(rules, Role.GROUP_LEAD, Scope.GROUP, VIEW_NOTIFICATIONS, MANAGE_NOTIFICATION_RULES);
        grant(rules, Role.SYSTEM, Scope.ANY, VIEW_NOTIFICATIONS, MANAGE_WEBHOOKS);
        for (Role person : Role.values()) {
            if (person != Role.SYSTEM && person != Role.IT_DIRECTOR) {
                grant(rules, person, Scope.OWN, SET_NOTIFICATION_PREFERENCE);
            }
        }
    }

    /**
     * Monitoring and availability (issue 20): everyone who works incidents or the CMDB sees the
     * alerts and the estate's running state; the director registers the monitoring sources; the
     * configuration manager (and the director) writes the mapping rules; engineers declare
     * outages on their groups' incidents, the desk and the director on any; leads, the director,
     * the configuration manager and the desk read availability; the director sets the targets.
     * Alerts themselves arrive as the system, authenticated by their source's secret.
     */
    private static void monitoringAndAvailability(List<AccessRule> rules) {
        for (Role engineer : List.of(Role.FIRST_LINE_ENGINEER, Role.SECOND_LINE_ENGINEER, Role.GROUP_LEAD)) {
            grant(rules, engineer, Scope.ANY, VIEW_MONITORING, VIEW_AVAILABILITY);
            grant(rules, engineer, Scope.GROUP, DECLARE_OUTAGE);
        }
        grant(rules, Role.SERVICE_DESK_AGENT, Scope.ANY, VIEW_MONITORING, VIEW_AVAILABILITY, DECLARE_OUTAGE);
        grant(rules, Role.CONFIGURATION_MANAGER, Scope.ANY, VIEW_MONITORING, MANAGE_ALERT_MAPPINGS, VIEW_AVAILABILITY);
        grant(rules, Role.IT_DIRECTOR, Scope.ANY, VIEW_MONITORING, MANAGE_ALERT_SOURCES, MANAGE_ALERT_MAPPINGS,
                VIEW_AVAILABILITY, MANAGE_AVAILABILITY_TARGETS, DECLARE_OUTAGE);
        grant(rules, Role.SYSTEM, Scope.ANY, VIEW_MONITORING, VIEW_AVAILABILITY);
    }

    private static void grant(List<AccessRule> rules, Role role, Scope scope, Permission... permissions) {
        for (Permission permission : permissions) {
            rules.add(new AccessRule(role, permission, scope));
        }
    }

    public boolean permits(Actor actor, Permission permission, AccessContext context) {
        checkNotNull(actor, "actor");
        checkNotNull(context, "context");
        for (AccessRule rule : byPermission.get(checkNotNull(permission, "permission"))) {
            if (actor.has(rule.role()) && rule.covers(context, actor.staffId())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The scopes in which any of the actor's roles holds {@code permission}: empty when it holds
     * it nowhere; containing {@link Scope#ANY} when on every record. A search uses them to look
     * only where the actor may see.
     */
    public Set<Scope> scopes(Actor actor, Permission permission) {
        checkNotNull(actor, "actor");
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (AccessRule rule : byPermission.get(checkNotNull(permission, "permission"))) {
            if (actor.has(rule.role())) {
                scopes.add(rule.scope());
            }
        }
        return scopes;
    }

    /**
     * Checks the actor may act.
     *
     * @param record how to name the record in the refusal, e.g. a ticket number
     * @throws NotPermittedException if no rule permits it
     */
    public void check(Actor actor, Permission permission, AccessContext context, String record) {
        if (!permits(actor, permission, context)) {
            throw new NotPermittedException(actor.staffId(), permission, record);
        }
    }

    public ImmutableList<AccessRule> rules() {
        return rules;
    }

    /** The table printed, one rule a line. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        rules.forEach(rule -> out.append(rule).append('\n'));
        return out.toString();
    }
}
