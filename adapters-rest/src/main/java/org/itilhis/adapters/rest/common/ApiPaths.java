package org.itilhis.adapters.rest.common;

import org.itilhis.core.ticket.TicketType;

/** The paths of the API, version 1. */
public final class ApiPaths {
    public static final String V1 = "/api/v1";
    public static final String CONTACTS = V1 + "/contacts";
    public static final String INCIDENTS = V1 + "/incidents";
    public static final String SERVICE_REQUESTS = V1 + "/service-requests";
    public static final String QUEUE = V1 + "/queue";
    /** Tickets of either type, for what incidents and service requests share: their SLA clocks. */
    public static final String TICKETS = V1 + "/tickets";
    public static final String SLA = V1 + "/sla";
    public static final String CALENDARS = V1 + "/calendars";
    public static final String HEALTH = V1 + "/health";
    /** The CMDB: configuration items, their classes and relationship rules, and impact analysis. */
    public static final String CIS = V1 + "/cis";
    /** The CSV import of configuration items, whose body may be larger than others. */
    public static final String CIS_IMPORT = CIS + "/import";
    public static final String CI_CLASSES = V1 + "/ci-classes";
    public static final String RELATIONSHIP_RULES = V1 + "/relationship-rules";
    public static final String IMPACT = V1 + "/impact";
    /** Problem management: problems, the published known errors and the candidate problems of proactive detection. */
    public static final String PROBLEMS = V1 + "/problems";
    public static final String RELEASES = V1 + "/releases";
    public static final String KNOWN_ERRORS = V1 + "/known-errors";
    public static final String PROBLEM_CANDIDATES = V1 + "/problem-candidates";
    /** Knowledge management: articles. */
    public static final String ARTICLES = V1 + "/articles";
    /** The duty roster: a group's shifts, rosters with their duty swaps, and shift handovers. */
    public static final String SHIFTS = V1 + "/shifts";
    public static final String ROSTERS = V1 + "/rosters";
    public static final String SWAPS = ROSTERS + "/swaps";
    public static final String HANDOVERS = V1 + "/handovers";
    /** Repairs and maintenance (operations records). */
    public static final String REPAIRS = V1 + "/repairs";
    /** The inspection rounds: checklist templates with their versions, schedules, rounds and completion rates. */
    public static final String INSPECTIONS = V1 + "/inspections";
    public static final String INSPECTION_TEMPLATES = INSPECTIONS + "/templates";
    public static final String INSPECTION_SCHEDULES = INSPECTIONS + "/schedules";
    /** The operations records: the machine room log. */
    public static final String MACHINE_ROOM_LOG = V1 + "/machine-room-log";
    public static final String OPENAPI = V1 + "/openapi.json";
    /** The verification of the audit trail's hash chain. */
    public static final String AUDIT_EVENT_CHAIN = V1 + "/audit/event-chain";
    public static final String AUDIT_PERSONAL_DATA_READS = V1 + "/audit/personal-data-reads";
    /** The refused replies by e-mail (issue 19). */
    public static final String MAIL_REPLIES = V1 + "/mail-replies";

    /** Header of a creating request whose retries must not create again. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Set on a response that repeats the outcome of an earlier request with the same key. */
    public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    private ApiPaths() {
    }

    /** The collection of a ticket type, relative to the application's base ({@code api/v1/incidents}). */
    public static String relativeCollection(TicketType type) {
        return (type == TicketType.INCIDENT ? INCIDENTS : SERVICE_REQUESTS).substring(1);
    }
}
