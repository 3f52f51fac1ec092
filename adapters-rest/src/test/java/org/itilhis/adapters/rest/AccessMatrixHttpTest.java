package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.RunningApi.object;
import static org.itilhis.core.access.Permission.ACCEPT;
import static org.itilhis.core.access.Permission.ADD_WORK_LOG;
import static org.itilhis.core.access.Permission.APPLY_WORKAROUND;
import static org.itilhis.core.access.Permission.ASSIGN;
import static org.itilhis.core.access.Permission.CANCEL;
import static org.itilhis.core.access.Permission.CANCEL_PROBLEM;
import static org.itilhis.core.access.Permission.CLOSE;
import static org.itilhis.core.access.Permission.CONFIRM;
import static org.itilhis.core.access.Permission.DECIDE_CANDIDATE_PROBLEMS;
import static org.itilhis.core.access.Permission.DECIDE_RELEASE_STAGE;
import static org.itilhis.core.access.Permission.DEPLOY_RELEASE;
import static org.itilhis.core.access.Permission.DECLARE_MAJOR_INCIDENT;
import static org.itilhis.core.access.Permission.ESCALATE;
import static org.itilhis.core.access.Permission.ESCALATE_TO_LEAD;
import static org.itilhis.core.access.Permission.HOLD;
import static org.itilhis.core.access.Permission.INVESTIGATE_PROBLEM;
import static org.itilhis.core.access.Permission.LINK_CONTACT;
import static org.itilhis.core.access.Permission.LINK_INCIDENT;
import static org.itilhis.core.access.Permission.LOG_CONTACT;
import static org.itilhis.core.access.Permission.LOG_PROBLEM;
import static org.itilhis.core.access.Permission.MANAGE_CMDB;
import static org.itilhis.core.access.Permission.MANAGE_PROBLEM;
import static org.itilhis.core.access.Permission.MANAGE_RELEASE;
import static org.itilhis.core.access.Permission.MANAGE_SLA;
import static org.itilhis.core.access.Permission.OVERRIDE_PRIORITY;
import static org.itilhis.core.access.Permission.PUBLISH_KNOWN_ERROR;
import static org.itilhis.core.access.Permission.RAISE_TICKET;
import static org.itilhis.core.access.Permission.RATE;
import static org.itilhis.core.access.Permission.RECORD_AFFECTED_CI;
import static org.itilhis.core.access.Permission.REOPEN;
import static org.itilhis.core.access.Permission.REPRIORITISE;
import static org.itilhis.core.access.Permission.RESOLVE;
import static org.itilhis.core.access.Permission.RESOLVE_AT_FIRST_CONTACT;
import static org.itilhis.core.access.Permission.RESOLVE_PROBLEM;
import static org.itilhis.core.access.Permission.RETIRE_ARTICLE;
import static org.itilhis.core.access.Permission.REVIEW_ARTICLE;
import static org.itilhis.core.access.Permission.RESUME;
import static org.itilhis.core.access.Permission.START;
import static org.itilhis.core.access.Permission.VERIFY_AUDIT_TRAIL;
import static org.itilhis.core.access.Permission.VIEW_CALLER_CONTACT;
import static org.itilhis.core.access.Permission.VIEW_ARTICLE;
import static org.itilhis.core.access.Permission.VIEW_CANDIDATE_PROBLEMS;
import static org.itilhis.core.access.Permission.VIEW_DESK_ARTICLES;
import static org.itilhis.core.access.Permission.VIEW_ENGINEER_ARTICLES;
import static org.itilhis.core.access.Permission.VIEW_CMDB;
import static org.itilhis.core.access.Permission.VIEW_INTERNAL_NOTES;
import static org.itilhis.core.access.Permission.VIEW_PERSONAL_DATA_READS;
import static org.itilhis.core.access.Permission.VIEW_PROBLEM;
import static org.itilhis.core.access.Permission.VIEW_PROBLEM_ANALYSIS;
import static org.itilhis.core.access.Permission.WRITE_ARTICLE;
import static org.itilhis.core.access.Permission.VIEW_QUEUE;
import static org.itilhis.core.access.Permission.VIEW_RELEASE;
import static org.itilhis.core.access.Permission.VIEW_SLA;
import static org.itilhis.core.access.Permission.VIEW_TICKET;
import static org.itilhis.core.access.Permission.VIEW_WORKLOAD;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CHANGE_MANAGER_LIN;
import static org.itilhis.testkit.DemoHospital.HEAD_NURSE_HAN;
import static org.itilhis.testkit.DemoHospital.CLERK_LI;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.HIS_SUPPORT;
import static org.itilhis.testkit.DemoHospital.HIS_VENDOR;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.NETWORK;
import static org.itilhis.testkit.DemoHospital.NETWORK_MA;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.DemoHospital.PRIVACY_OFFICER_HE;
import static org.itilhis.testkit.DemoHospital.PROBLEM_MANAGER_ZHAO;
import static org.itilhis.testkit.DemoHospital.RELEASE_MANAGER_XU;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;
import static org.itilhis.testkit.DemoHospital.VENDOR_ENGINEER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.itilhis.adapters.rest.TicketStates.State;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.AccessRule;
import org.itilhis.core.access.Permission;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.Role;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.AuditTrailCheck;
import org.itilhis.ports.common.StaffDirectory;
import org.itilhis.ports.operations.in.RoundView;
import org.itilhis.testkit.DemoHospital;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The access matrix walked over HTTP (issue 14, "least privilege, as data"): every demo actor
 * with a token makes, for every {@link Permission}, the request that needs it, on a ticket
 * within their reach and on one outside it (another caller's, another group's), or on a problem
 * of their group and one of another group, or on a knowledge article for the audience the
 * permission reads (issue 15), or on a change of their group and one of another group, or on a
 * release (issue 16), or on the workload figures of their own and of network engineer Ma (issue 17),
 * or on a backup job of their group and of another group (issue 18),
 * or on a repair of the walk's printer (issue 18),
 * each brought first by others into the state the step needs. What each cell
 * must answer is read from {@link AccessPolicy#hospitalDefault()} itself: a ticket, problem,
 * change or release the actor may not see is 404, as if it did not exist; an operation the policy refuses is 403 (for the caller's contact,
 * the internal notes and a problem's analysis: the record shown without them); anything else
 * must succeed.
 */
class AccessMatrixHttpTest {
    /** The actors walked, by the names the demo hospital gives them. */
    private static final ImmutableMap<String, Actor> WALKED = ImmutableMap.<String, Actor>builder()
            .put("NURSE_WANG", NURSE_WANG).put("AGENT_CHEN", AGENT_CHEN).put("ENGINEER_LIU", ENGINEER_LIU)
            .put("SPECIALIST_HUANG", SPECIALIST_HUANG).put("LEAD_SUN", LEAD_SUN)
            .put("VENDOR_ENGINEER", VENDOR_ENGINEER).put("DIRECTOR_GAO", DIRECTOR_GAO)
            .put("CONFIG_MANAGER_QIAN", CONFIG_MANAGER_QIAN).put("PRIVACY_OFFICER_HE", PRIVACY_OFFICER_HE)
            .put("PROBLEM_MANAGER_ZHAO", PROBLEM_MANAGER_ZHAO)
            .put("CHANGE_MANAGER_LIN", CHANGE_MANAGER_LIN).put("HEAD_NURSE_HAN", HEAD_NURSE_HAN)
            .put("RELEASE_MANAGER_XU", RELEASE_MANAGER_XU)
            .build();

    private static final AccessPolicy POLICY = AccessPolicy.hospitalDefault();
    private static final String PILOT_CALENDAR = """
            NAME Pilot clinic hours
            ZONE Asia/Shanghai
            WEEKLY MON..FRI 08:00-17:00
            """;
    private static final StaffDirectory DIRECTORY = DemoHospital.directory();

    private static final List<Operation> OPERATIONS = List.of(
            Operation.reading(VIEW_TICKET, State.OPEN, ticket -> true),
            Operation.reading(VIEW_CALLER_CONTACT, State.OPEN, AccessMatrixHttpTest::showsCaller),
            Operation.reading(VIEW_INTERNAL_NOTES, State.NOTED, AccessMatrixHttpTest::showsInternalNote),
            Operation.step(ASSIGN, State.OPEN, "assign", ticket -> object().put("group", ticket.get("group").asText())),
            Operation.step(ACCEPT, State.OPEN, "accept", null),
            Operation.step(START, State.ACCEPTED, "start", null),
            Operation.step(HOLD, State.IN_PROGRESS, "hold",
                    ticket -> object().put("reason", "AWAITING_CALLER").put("note", "Caller off shift")),
            Operation.step(RESUME, State.ON_HOLD, "resume", null),
            Operation.step(ESCALATE, State.OPEN, "escalate", ticket -> object()
                    .put("toGroup", nextTierGroup(ticket).value()).put("reason", "Needs the next tier")),
            Operation.step(ESCALATE_TO_LEAD, State.OPEN, "escalate-to-lead", reason("Stuck for a day")),
            Operation.step(RESOLVE, State.IN_PROGRESS, "resolve",
                    ticket -> object().put("code", "FIXED").put("note", "Replaced the fuser")),
            Operation.step(CONFIRM, State.RESOLVED, "confirm", null),
            Operation.step(REOPEN, State.RESOLVED, "reopen", reason("Jams again")),
            Operation.step(CLOSE, State.RESOLVED, "close", null),
            Operation.step(CANCEL, State.OPEN, "cancel", reason("Raised twice")),
            Operation.step(ADD_WORK_LOG, State.OPEN, "work-logs",
                    ticket -> object().put("minutes", 15).put("note", "Checked the spooler")),
            Operation.step(ADD_WORK_LOG, State.OPEN, "update-caller",
                    ticket -> object().put("message", "An engineer is on the way")),
            Operation.step(RATE, State.CLOSED, "rating", ticket -> object().put("score", 5).put("comment", "Quick")),
            Operation.step(REPRIORITISE, State.OPEN, "reprioritise", ticket -> object().put("impact", "ONE_PERSON")
                    .put("urgency", "DEGRADED").put("criticality", "GENERAL").put("reason", "Only one user")),
            Operation.step(OVERRIDE_PRIORITY, State.OPEN, "override-priority",
                    ticket -> object().put("priority", "P2").put("reason", "Ward round at ten")),
            Operation.step(DECLARE_MAJOR_INCIDENT, State.OPEN, "declare-major-incident", reason("Every ward")),
            Operation.onTicket(RECORD_AFFECTED_CI, State.OPEN, (walk, cell, on) -> walk.api.post("/api/v1/tickets/"
                    + on.ticketId() + "/affected-cis").as(cell.actor())
                    .json(object().set("cis", RunningApi.JSON.createArrayNode().add(walk.ci.get("id").asText())))
                    .send()),
            Operation.onTicket(LINK_CONTACT, State.OPEN, (walk, cell, on) -> walk.api.post("/api/v1/contacts/"
                    + on.call().orElseThrow() + "/link").as(cell.actor())
                    .json(object().put("ticket", on.ticketId())).send()).withLoggedCall(),
            Operation.onCall(LOG_CONTACT, (walk, cell, on) -> walk.api.post("/api/v1/contacts").as(cell.actor())
                    .json(Desk.contact(on.caller(), TicketStates.department(on.caller()), "Printer offline")).send()),
            Operation.onCall(RAISE_TICKET, (walk, cell, on) -> walk.api.post("/api/v1/contacts/"
                    + on.call().orElseThrow() + "/raise").as(cell.actor())
                    .json(Desk.incident("Printer offline", "printer", "ONE_PERSON", "DEGRADED")).send())
                    .withLoggedCall(),
            Operation.onCall(RESOLVE_AT_FIRST_CONTACT, (walk, cell, on) -> walk.api.post("/api/v1/contacts/"
                    + on.call().orElseThrow() + "/resolve-at-first-contact").as(cell.actor())
                    .json(object().put("code", "ADVICE_GIVEN").put("note", "Switched it on")).send())
                    .withLoggedCall(),
            Operation.general(VIEW_QUEUE, (walk, cell) -> walk.api.get("/api/v1/queue").as(cell.actor()).send()),
            Operation.general(VIEW_SLA, (walk, cell) -> walk.api.get("/api/v1/calendars").as(cell.actor()).send()),
            Operation.general(MANAGE_SLA, (walk, cell) -> walk.api.post("/api/v1/calendars/walk-"
                    + walk.sequence.incrementAndGet() + "/versions?effectiveFrom=2027-01-01T00:00:00Z&reason=pilot")
                    .as(cell.actor()).raw("text/plain; charset=UTF-8", PILOT_CALENDAR).send()),
            Operation.general(VIEW_CMDB, (walk, cell) -> walk.api.get(Estate.path(walk.ci)).as(cell.actor()).send()),
            Operation.general(MANAGE_CMDB, (walk, cell) -> walk.estate.attemptRegister(cell.actor(),
                    walk.estate.printer("PRN-WALK-" + walk.sequence.incrementAndGet()))),
            Operation.general(VERIFY_AUDIT_TRAIL,
                    (walk, cell) -> walk.api.get("/api/v1/audit/event-chain").as(cell.actor()).send()),
            Operation.general(VIEW_PERSONAL_DATA_READS,
                    (walk, cell) -> walk.api.get("/api/v1/audit/personal-data-reads").as(cell.actor()).send()),
            Operation.problemReading(VIEW_PROBLEM, ProblemStates.State.LOGGED, problem -> true),
            Operation.problemReading(VIEW_PROBLEM_ANALYSIS, ProblemStates.State.ROOT_CAUSE_KNOWN,
                    AccessMatrixHttpTest::showsAnalysis),
            Operation.general(LOG_PROBLEM, (walk, cell) -> walk.api.post("/api/v1/problems").as(cell.actor())
                    .json(ProblemDesk.problem("Printers jam", "printer", DESKTOP)).send()),
            Operation.problemStep(INVESTIGATE_PROBLEM, ProblemStates.State.LOGGED, "investigate", null),
            Operation.problemStep(INVESTIGATE_PROBLEM, ProblemStates.State.UNDER_INVESTIGATION, "add-analysis-step",
                    (walk, on) -> object().put("question", "Why?").put("answer", "Worn rollers")),
            Operation.problemStep(INVESTIGATE_PROBLEM, ProblemStates.State.LOGGED, "affected-cis",
                    (walk, on) -> object().put("ci", walk.ci.get("id").asText())),
            Operation.problemStep(LINK_INCIDENT, ProblemStates.State.LOGGED, "incidents",
                    (walk, on) -> object().put("incident", on.incident().orElseThrow())).withHomeIncident(),
            Operation.problemStep(PUBLISH_KNOWN_ERROR, ProblemStates.State.WITH_WORKAROUND, "publish-known-error",
                    null),
            Operation.problemStep(RESOLVE_PROBLEM, ProblemStates.State.FIXED, "resolve",
                    (walk, on) -> object().put("note", "Rollers replaced")),
            Operation.problemStep(CANCEL_PROBLEM, ProblemStates.State.LOGGED, "cancel",
                    (walk, on) -> object().put("reason", "A duplicate")),
            Operation.problemStep(MANAGE_PROBLEM, ProblemStates.State.RESOLVED, "close", null),
            Operation.problemStep(MANAGE_PROBLEM, ProblemStates.State.RESOLVED, "reopen",
                    (walk, on) -> object().put("reason", "Jams again")),
            Operation.problemStep(MANAGE_PROBLEM, ProblemStates.State.LOGGED, "reassign", (walk, on) -> object()
                    .put("manager", PROBLEM_MANAGER_ZHAO.staffId().value())
                    .put("group", on.problem().orElseThrow().get("group").asText())),
            Operation.problemStep(MANAGE_PROBLEM, ProblemStates.State.LOGGED, "reprioritise", (walk, on) -> object()
                    .put("impact", "WHOLE_HOSPITAL").put("urgency", "DEGRADED").put("criticality", "IMPORTANT")
                    .put("reason", "Every ward")),
            Operation.problemStep(APPLY_WORKAROUND, ProblemStates.State.KNOWN_ERROR, "apply-workaround",
                    (walk, on) -> object().put("contact", on.call().orElseThrow())).withLoggedCall(),
            Operation.general(VIEW_CANDIDATE_PROBLEMS,
                    (walk, cell) -> walk.api.get("/api/v1/problem-candidates").as(cell.actor()).send()),
            Operation.onCandidate(DECIDE_CANDIDATE_PROBLEMS, (walk, cell, on) -> walk.api.post(
                    "/api/v1/problem-candidates/" + on.candidate().orElseThrow() + "/dismiss").as(cell.actor())
                    .json(object().put("reason", "A training day")).send()),
            Operation.articleReading(VIEW_ARTICLE, "ALL_STAFF"),
            Operation.articleReading(VIEW_ENGINEER_ARTICLES, "ENGINEERS"),
            Operation.articleReading(VIEW_DESK_ARTICLES, "DESK"),
            Operation.general(WRITE_ARTICLE, (walk, cell) -> walk.api.post("/api/v1/articles").as(cell.actor())
                    .json(ArticleDesk.article("打印机卡纸", "Printer jam", "ALL_STAFF")).send()),
            Operation.articleStep(WRITE_ARTICLE, ArticleStates.State.DRAFT, "submit", null),
            Operation.articleStep(REVIEW_ARTICLE, ArticleStates.State.IN_REVIEW, "approve", null),
            Operation.articleStep(RETIRE_ARTICLE, ArticleStates.State.PUBLISHED, "retire",
                    object().put("reason", "Printers replaced")),
            Operation.changeStep(Permission.VIEW_CHANGE, ChangeStates.State.DRAFT, null, null),
            Operation.changeStep(Permission.RAISE_CHANGE, ChangeStates.State.DRAFT, "submit", null),
            Operation.changeStep(Permission.ASSESS_CHANGE, ChangeStates.State.SUBMITTED, "assess",
                    change -> object().put("likelihood", "UNLIKELY").put("reason", "Done before")),
            Operation.changeStep(Permission.VOTE_ON_CHANGE, ChangeStates.State.AWAITING_APPROVAL, "vote",
                    change -> object().put("choice", "APPROVE").put("comment", "Fine")),
            Operation.changeStep(Permission.SCHEDULE_CHANGE, ChangeStates.State.APPROVED, "schedule",
                    ChangeStates::window),
            Operation.changeStep(Permission.IMPLEMENT_CHANGE, ChangeStates.State.SCHEDULED, "start", null),
            Operation.changeStep(Permission.REVIEW_CHANGE, ChangeStates.State.IMPLEMENTED, "review",
                    change -> object().put("successful", true).put("lessons", "None")),
            Operation.changeStep(Permission.CANCEL_CHANGE, ChangeStates.State.DRAFT, "cancel",
                    change -> object().put("reason", "Not needed")),
            Operation.general(Permission.MANAGE_CHANGE_CONFIGURATION, (walk, cell) -> walk.api.put(
                    "/api/v1/blackout-windows/walk-" + walk.sequence.incrementAndGet()).as(cell.actor())
                    .json(blackout(walk)).send()),
            Operation.workload(Kind.OWN_WORKLOAD, Optional.empty()),
            Operation.workload(Kind.OTHERS_WORKLOAD, Optional.of(AccessMatrixHttpTest::showsMasFigures)),
            Operation.releaseStep(VIEW_RELEASE, ReleaseStates.State.PLANNED, null, null),
            Operation.general(MANAGE_RELEASE, (walk, cell) -> walk.api.post("/api/v1/releases").as(cell.actor())
                    .json(object().put("version", "HIS 7." + walk.sequence.incrementAndGet())
                            .put("summary", "门诊处方修复").put("manager", RELEASE_MANAGER_XU.staffId().value()))
                    .send()),
            Operation.releaseStep(MANAGE_RELEASE, ReleaseStates.State.PLANNED_EMPTY, "changes",
                    (walk, release) -> object().put("change", walk.releaseStates.change())),
            Operation.releaseStep(MANAGE_RELEASE, ReleaseStates.State.PLANNED, "start", null),
            Operation.releaseStep(DECIDE_RELEASE_STAGE, ReleaseStates.State.IN_PROGRESS, "go",
                    (walk, release) -> object().put("stage", "build").put("reason", "It builds")),
            Operation.releaseStep(DECIDE_RELEASE_STAGE, ReleaseStates.State.IN_PROGRESS, "no-go",
                    (walk, release) -> object().put("stage", "build").put("reason", "It does not build")),
            Operation.releaseStep(DEPLOY_RELEASE, ReleaseStates.State.BUILD_ENTERED, "deploy", (walk, release) -> {
                var deploy = object().put("stage", "build").put("version", "7." + walk.sequence.incrementAndGet());
                deploy.putArray("cis").add(walk.hisClient.get("id").asText());
                return deploy;
            }),
            Operation.roster(Permission.VIEW_ROSTER, Kind.ROSTER, "read", (walk, cell, group) -> walk.api.get(
                    "/api/v1/rosters/" + walk.rosters.roster(group).get("id").asText()).as(cell.actor()).send()),
            Operation.roster(Permission.MANAGE_SHIFTS, Kind.ROSTER_GROUP, "define", (walk, cell, group) -> {
                walk.rosters.shifts(group);
                return walk.api.put("/api/v1/shifts/" + group.value()).as(cell.actor()).header("If-Match", "*")
                        .json(RosterStates.shiftsBody()).send();
            }),
            Operation.roster(Permission.MANAGE_ROSTER, Kind.ROSTER_GROUP, "generate", (walk, cell, group) -> walk.api
                    .post("/api/v1/rosters").as(cell.actor()).json(walk.rosters.generating(group)).send()),
            Operation.roster(Permission.REQUEST_SWAP, Kind.ROSTER, "swaps", (walk, cell, group) -> {
                JsonNode roster = walk.rosters.roster(group);
                return walk.api.post("/api/v1/rosters/" + roster.get("id").asText() + "/swaps").as(cell.actor())
                        .json(walk.rosters.swapBody(cell.actor(), roster)).send();
            }),
            Operation.roster(Permission.DECIDE_SWAP, Kind.SWAP, "approve", (walk, cell, group) -> {
                JsonNode swap = walk.rosters.requestedSwap(group);
                return walk.api.post("/api/v1/rosters/swaps/" + swap.get("id").asText() + "/approve")
                        .as(cell.actor()).header("If-Match", "\"" + swap.get("version").asLong() + "\"").send();
            }),
            Operation.roster(Permission.WRITE_HANDOVER, Kind.ROSTER_GROUP, "write", (walk, cell, group) -> walk.api
                    .post("/api/v1/handovers").as(cell.actor()).json(walk.rosters.handoverBody(group)).send()),
            Operation.roster(Permission.SIGN_HANDOVER, Kind.HANDOVER, "sign", (walk, cell, group) -> {
                JsonNode handover = walk.rosters.handover(group, cell.actor());
                return walk.api.post("/api/v1/handovers/" + handover.get("id").asText() + "/sign").as(cell.actor())
                        .header("If-Match", "\"" + handover.get("version").asLong() + "\"")
                        .json(object().put("party", "OUTGOING")).send();
            }),
            Operation.roster(Permission.VIEW_HANDOVER, Kind.HANDOVER, "read", (walk, cell, group) -> walk.api.get(
                    "/api/v1/handovers/" + walk.rosters.handover(group, LEAD_SUN).get("id").asText())
                    .as(cell.actor()).send()),
            // operations: backups
            Operation.backups(Permission.VIEW_BACKUPS, Kind.BACKUP, "read", (walk, cell, group) -> walk.api.get(
                    "/api/v1/backups/jobs/" + walk.backups.job(group)).as(cell.actor()).send()),
            Operation.backups(Permission.MANAGE_BACKUP_JOBS, Kind.BACKUP_GROUP, "define", (walk, cell, group) -> walk
                    .api.post("/api/v1/backups/jobs").as(cell.actor()).json(walk.backups.defining(group, true)).send()),
            Operation.backups(Permission.MANAGE_BACKUP_JOBS, Kind.BACKUP, "redefine", (walk, cell, group) -> walk.api
                    .put("/api/v1/backups/jobs/" + walk.backups.job(group)).as(cell.actor())
                    .header("If-Match", walk.backups.etag(group)).json(walk.backups.defining(group, false)).send()),
            Operation.backups(Permission.RECORD_BACKUP_RUN, Kind.BACKUP, "runs", (walk, cell, group) -> walk.api
                    .post("/api/v1/backups/jobs/" + walk.backups.job(group) + "/runs").as(cell.actor())
                    .json(walk.backups.run()).send()),
            Operation.backups(Permission.RECORD_RESTORE_TEST, Kind.BACKUP, "restore-tests", (walk, cell, group) ->
                    walk.api.post("/api/v1/backups/jobs/" + walk.backups.job(group) + "/restore-tests")
                            .as(cell.actor()).json(walk.backups.restoreTest()).send()),
            // repairs (issue 18): one repair opened by the walk, read and costed by each actor
            Operation.repair(Permission.VIEW_REPAIRS, "read", (walk, cell) -> walk.api.get("/api/v1/repairs/"
                    + walk.repair.get("id").asText()).as(cell.actor()).send()),
            Operation.general(Permission.RECORD_REPAIR, (walk, cell) -> walk.api.post("/api/v1/repairs")
                    .as(cell.actor()).json(walk.repairOf(walk.ci)).send()),
            Operation.repair(Permission.RECORD_REPAIR, "record-cost", (walk, cell) -> walk.api.post("/api/v1/repairs/"
                    + walk.repair.get("id").asText() + "/record-cost").as(cell.actor()).header("If-Match", "*")
                    .json(object().put("amount", 120)).send()),
            // operations: inspections
            Operation.inspection(Permission.VIEW_INSPECTIONS, Kind.INSPECTION_ROUND, "read", (walk, cell, group) ->
                    walk.api.get("/api/v1/inspections/rounds/" + InspectionStates.id(walk.inspections.anyRound(group)))
                            .as(cell.actor()).send()),
            Operation.inspection(Permission.RECORD_INSPECTION, Kind.INSPECTION_ROUND, "results", (walk, cell, group) -> {
                RoundView round = walk.inspections.round(group);
                return walk.api.post("/api/v1/inspections/rounds/" + InspectionStates.id(round) + "/results")
                        .as(cell.actor()).header("If-Match", InspectionStates.etag(round))
                        .json(walk.inspections.results(round)).send();
            }),
            Operation.inspection(Permission.MANAGE_INSPECTIONS, Kind.INSPECTION_GROUP, "templates", (walk, cell, group) ->
                    walk.api.post("/api/v1/inspections/templates").as(cell.actor()).json(InspectionStates.templateBody(
                            group, "WALK-" + walk.sequence.incrementAndGet(), walk.ci.get("id").asText())).send()),
            Operation.inspection(Permission.MANAGE_INSPECTIONS, Kind.INSPECTION_GROUP, "schedules", (walk, cell, group) ->
                    walk.api.post("/api/v1/inspections/schedules").as(cell.actor())
                            .json(InspectionStates.scheduleBody(group)).send()),
            // operations: stock (the stock belongs to no group: every right is of scope any)
            Operation.general(Permission.VIEW_STOCK, (walk, cell) -> walk.api.get("/api/v1/stock/items/"
                    + stockReady(walk)).as(cell.actor()).send()),
            Operation.general(Permission.MOVE_STOCK, (walk, cell) -> walk.api.post("/api/v1/stock/movements")
                    .as(cell.actor()).json(object().put("kind", "RECEIVE").put("item", stockReady(walk))
                            .put("room", "WALK-STORE").put("quantity", 1)).send()),
            Operation.general(Permission.TAKE_STOCK, (walk, cell) -> walk.api.post("/api/v1/stock/movements")
                    .as(cell.actor()).json(object().put("kind", "COUNT").put("item", stockReady(walk))
                            .put("room", "WALK-STORE").put("quantity", 3)).send()),
            Operation.general(Permission.MANAGE_STOCK_ITEMS, (walk, cell) -> walk.api.post("/api/v1/stock/items")
                    .as(cell.actor()).json(object().put("code", "WALK-" + walk.sequence.incrementAndGet())
                            .put("name", "USB 键盘").put("unit", "个").put("kind", "SPARE_PART")
                            .put("owner", LEAD_SUN.staffId().value())).send()),
            // notification: webhook subscriptions belong to no group (every right of scope any)
            Operation.general(Permission.VIEW_NOTIFICATIONS, (walk, cell) -> walk.api.get(
                    "/api/v1/webhook-subscriptions").as(cell.actor()).send()),
            Operation.general(Permission.MANAGE_WEBHOOKS, (walk, cell) -> walk.api.post(
                    "/api/v1/webhook-subscriptions").as(cell.actor()).json(object()
                    .put("url", "https://his-integration.example.org/itil/events")
                    .set("eventTypes", RunningApi.JSON.createArrayNode().add("ticket.*"))).send()),
            // monitoring (issue 20): the alert sources and the mapping rules belong to no group (scope any)
            Operation.general(Permission.VIEW_MONITORING, (walk, cell) -> walk.api.get("/api/v1/alert-sources")
                    .as(cell.actor()).send()),
            Operation.general(Permission.MANAGE_ALERT_SOURCES, (walk, cell) -> walk.api.post("/api/v1/alert-sources")
                    .as(cell.actor()).json(object().put("code", "walk-" + walk.sequence.incrementAndGet())
                            .put("kind", "GENERIC")).send()),
            Operation.general(Permission.MANAGE_ALERT_MAPPINGS, (walk, cell) -> walk.api.put("/api/v1/alert-mappings")
                    .as(cell.actor()).header("If-Match", "*").json(object().set("rules", RunningApi.JSON
                            .createArrayNode().add(object().put("match", "ASSET_TAG").put("label", "asset_tag"))))
                    .send()),
            // notifications, who gets what (issue 19): a group's robots read and set in the group's scope,
            // a person's preference set in their own (as a call is logged for its caller)
            Operation.backups(Permission.VIEW_NOTIFICATIONS, Kind.BACKUP_GROUP, "group-robots", (walk, cell, group) ->
                    walk.api.get("/api/v1/group-robots/" + group.value()).as(cell.actor()).send()),
            Operation.backups(Permission.MANAGE_NOTIFICATION_RULES, Kind.BACKUP_GROUP, "group-robots",
                    (walk, cell, group) -> walk.api.put("/api/v1/group-robots/" + group.value() + "/WECOM")
                            .as(cell.actor()).json(object().put("language", "zh").put("webhook",
                                    "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=walk")).send()),
            Operation.onCall(Permission.SET_NOTIFICATION_PREFERENCE, (walk, cell, on) -> walk.api.put(
                    "/api/v1/notification-preferences/" + on.caller().staffId().value()).as(cell.actor())
                    .json(object().put("channel", "EMAIL").put("address", "walk@hospital.cn").put("language", "zh"))
                    .send()),
            // the machine room log (issue 18): the information centre's, in scope ANY
            Operation.general(Permission.VIEW_MACHINE_ROOM_LOG, (walk, cell) -> walk.api.get(
                    MachineRoomLogHttp.PATH + "/open-visits?room=" + machineRoom(walk)).as(cell.actor()).send()),
            Operation.general(Permission.WRITE_MACHINE_ROOM_LOG, (walk, cell) -> walk.api.post(
                    MachineRoomLogHttp.PATH + "/events").as(cell.actor()).json(MachineRoomLogHttp.event(
                    machineRoom(walk), "ALARM", walk.api.desk.clock.instant(), null, "water leak alarm")).send()),
            Operation.general(Permission.POST_ENVIRONMENT_READING, (walk, cell) -> walk.api.post(
                    MachineRoomLogHttp.PATH + "/readings").as(cell.actor()).json(MachineRoomLogHttp.reading(
                    machineRoom(walk), "temperature", "22.5", "°C", walk.api.desk.clock.instant())).send()),
            // availability (issue 20): an outage declared on an incident in its group's scope; the
            // targets and the report belong to no group (scope any)
            Operation.onTicket(Permission.DECLARE_OUTAGE, State.OPEN, (walk, cell, on) -> walk.api.post(
                    "/api/v1/outages").as(cell.actor()).json(object().put("incident", on.ticketId())
                    .put("ci", walk.ci.get("id").asText()).put("state", "DOWN")
                    .put("start", walk.api.desk.clock.instant().toString())).send()),
            Operation.general(Permission.VIEW_AVAILABILITY, (walk, cell) -> walk.api.get(
                    "/api/v1/availability-targets").as(cell.actor()).send()),
            Operation.general(Permission.MANAGE_AVAILABILITY_TARGETS, (walk, cell) -> walk.api.put(
                    "/api/v1/availability-targets/" + businessService()).as(cell.actor()).header("If-Match", "*")
                    .json(object().put("catalogueService", "HIS outpatient").put("percent", 99.9)).send()),
            // notifications: the relay (it belongs to no group: scope any)
            Operation.general(Permission.VIEW_NOTIFICATIONS, (walk, cell) -> walk.api.get(
                    "/api/v1/notification-relay").as(cell.actor()).send()),
            Operation.general(Permission.MANAGE_DEAD_LETTERS, (walk, cell) -> walk.api.post(
                    "/api/v1/notification-relay/walk/dead-letters/" + deadLetter(walk) + "/replay")
                    .as(cell.actor()).send()),
            // monitoring's correlation (issue 20): the estate's observed state belongs to no group (scope any)
            Operation.general(Permission.VIEW_MONITORING, (walk, cell) -> walk.api.get(
                    "/api/v1/ci-states/impact").as(cell.actor()).send()));

    /** The walk's store room and toner, defined once by lead Sun through the stock's own use cases; answers the item's code. */
    private static String stockReady(Walk walk) {
        var stock = walk.api.stock.ledger;
        if (stock.queries().storeRooms(LEAD_SUN).isEmpty()) {
            stock.stock().defineStoreRoom(new org.itilhis.ports.operations.in.StockCommand.DefineStoreRoom(LEAD_SUN,
                    "WALK-STORE", null, "信息科库房"));
            stock.stock().defineItem(new org.itilhis.ports.operations.in.StockCommand.DefineItem(LEAD_SUN,
                    "WALK-TONER", "HP 88A 硒鼓", "个", org.itilhis.core.stock.StockKind.CONSUMABLE, null,
                    LEAD_SUN.staffId(), java.util.Map.of()));
        }
        return "WALK-TONER";
    }

    private static final java.util.concurrent.atomic.AtomicLong DEAD_LETTERS = new java.util.concurrent.atomic.AtomicLong();

    /** A new dead letter of the subscriber {@code walk} for each cell to replay; answers its position. */
    private static long deadLetter(Walk walk) {
        long position = DEAD_LETTERS.incrementAndGet();
        java.time.Instant now = walk.api.desk.clock.instant();
        org.itilhis.core.notification.PendingDelivery dead = org.itilhis.core.notification.PendingDelivery.failed(
                "walk", position, "walk-ticket-" + position, "refused", now, 1,
                org.itilhis.core.notification.DeliveryBackoff.STANDARD, 0.5);
        walk.api.desk.transactions.inTransaction(() -> walk.api.relay.deliveries.add(dead));
        return position;
    }

    /** The walk's machine room, registered in the CMDB before the walk. */
    private static String machineRoomId;
    /** HIS outpatient, a business service of the walk's CMDB, whose availability target is set. */
    private static String businessServiceId;

    private static String businessService() {
        return businessServiceId;
    }

    private static String machineRoom(Walk walk) {
        return machineRoomId;
    }

    private static Walk walk;

    @BeforeAll
    static void start() {
        walk = new Walk(RunningApi.withAuditTrail(() -> AuditTrailCheck.holding(0, 0, 0)));
        stockReady(walk);
        machineRoomId = MachineRoomLogHttp.room(walk.estate); // before the walk: a refusal changes nothing
        // availability: the catalogue names HIS outpatient, a business service of the CMDB
        walk.api.configureServiceLevels();
        com.fasterxml.jackson.databind.node.ObjectNode outpatient = Estate.item("outpatient-registration",
                walk.estate.tag("SVC-OP-REG"), "HIS outpatient", "CLINICAL_CRITICAL");
        outpatient.putObject("attributes").put("serviceHours", "24x7");
        businessServiceId = walk.estate.register(outpatient).get("id").asText();
    }

    @AfterAll
    static void stop() {
        walk.api.close();
    }

    @Test
    void everyPermissionButThoseNotWalkedYetHasAnOperationSoThatNoneIsForgotten() {
        Set<Permission> walked = OPERATIONS.stream().map(Operation::permission).collect(Collectors.toSet());

        assertThat(walked).isEqualTo(EnumSet.allOf(Permission.class));
        assertThat(WALKED.values().stream().flatMap(actor -> actor.roles().stream()).collect(Collectors.toSet()))
                .as("every role the policy gives a right to, but the system's, has a demo actor walked")
                .containsAll(POLICY.rules().stream().map(AccessRule::role).filter(role -> role != Role.SYSTEM)
                        .collect(Collectors.toSet()));
    }

    /** One test per cell, and last the figures and that the walk covered every role and permission. */
    @TestFactory
    Stream<DynamicTest> everyDemoActorTriesEveryPermission() {
        List<Cell> cells = new ArrayList<>();
        WALKED.forEach((name, actor) -> OPERATIONS.forEach(operation -> operation.targets(actor)
                .forEach(target -> cells.add(new Cell(name, actor, operation, target)))));
        return Stream.concat(cells.stream().map(cell -> DynamicTest.dynamicTest(cell.toString(),
                        () -> walk.run(cell))),
                Stream.of(DynamicTest.dynamicTest("the walk covered every role of the actors x every permission walked",
                        walk::covered)));
    }

    /** Whether the ticket names its caller; one that does not says so and shows no location or contacts either. */
    private static boolean showsCaller(JsonNode ticket) {
        if (!ticket.get("callerWithheld").asBoolean()) {
            assertThat(ticket.path("caller").asText()).as("the caller of %s", ticket).isNotBlank();
            return true;
        }
        assertThat(ticket.hasNonNull("caller") || ticket.hasNonNull("location")).as("withheld: %s", ticket).isFalse();
        assertThat(ticket.get("linkedContacts")).as("withheld: %s", ticket).isEmpty();
        return false;
    }

    /** Whether the ticket shows an internal work-log entry; the one for the caller every reader sees. */
    private static boolean showsInternalNote(JsonNode ticket) {
        List<JsonNode> entries = new ArrayList<>();
        ticket.get("workLog").forEach(entries::add);
        assertThat(entries).as("the note for the caller, shown to every reader").anyMatch(e -> e.get("forCaller")
                .asBoolean());
        return entries.stream().anyMatch(entry -> !entry.get("forCaller").asBoolean());
    }

    /** Whether the workload report holds network engineer Ma's figures (he closed a ticket in the walk's month). */
    private static boolean showsMasFigures(JsonNode report) {
        boolean shown = false;
        for (JsonNode engineer : report.get("engineers")) {
            shown |= engineer.get("key").asText().equals(NETWORK_MA.staffId().value());
        }
        assertThat(shown).as("the director sees everyone: %s", report).isEqualTo(report.get("scope").asText()
                .equals("ANY"));
        return shown;
    }

    /** A blackout on the walk's printer for the change configuration's cells. */
    private static Object blackout(Walk walk) {
        var window = object().put("name", "Ward round").put("kind", "BLACKOUT");
        window.putArray("attachedTo").add(walk.ci.get("id").asText());
        window.set("weekly", ChangeDeskHttp.weekdays("09:00", "10:00"));
        return window;
    }

    /** Whether the problem shows its analysis; one that does not says so. */
    private static boolean showsAnalysis(JsonNode problem) {
        assertThat(problem.has("analysis")).as("%s", problem).isNotEqualTo(problem.get("analysisWithheld").asBoolean());
        return problem.has("analysis");
    }

    /** A group of the tier above the ticket's, other than its own. */
    private static GroupId nextTierGroup(JsonNode ticket) {
        return switch (ticket.get("tier").asText()) {
            case "FIRST_LINE" -> ticket.get("group").asText().equals(HIS_SUPPORT.value()) ? NETWORK : HIS_SUPPORT;
            default -> HIS_VENDOR;
        };
    }

    private static Body reason(String reason) {
        return ticket -> object().put("reason", reason);
    }

    /** What a cell answers: the policy's expectation, and what the API did. */
    private enum Outcome {
        ALLOWED("2xx"), REFUSED("403"), WITHHELD("200 without it"), HIDDEN("404");

        private final String answer;

        Outcome(String answer) {
            this.answer = answer;
        }
    }

    /** Where a cell acts: on a ticket, problem or call within the actor's reach, outside it, or on nothing in particular. */
    private enum Reach { WITHIN, OUTSIDE, GENERAL }

    /** The article a cell acts on: its audience and the state it is brought into. */
    private record ArticleTarget(String audience, ArticleStates.State state) {
        /** The right to read the article's audience. */
        Permission seeing() {
            return switch (audience) {
                case "DESK" -> VIEW_DESK_ARTICLES;
                case "ENGINEERS" -> VIEW_ENGINEER_ARTICLES;
                default -> VIEW_ARTICLE;
            };
        }
    }

    /** The facts a cell's record will have: its caller, its owning group, its engineer (a problem's manager). */
    private record Target(Reach reach, Actor caller, Optional<GroupId> group, Optional<StaffId> engineer) {
    }

    /** One cell of the matrix: {@code actor} tries {@code operation} on {@code target}. */
    private record Cell(String name, Actor actor, Operation operation, Target target) {
        AccessContext context() {
            ImmutableSet<GroupId> groups = DIRECTORY.groupsOf(actor.staffId());
            return switch (operation.kind()) {
                case TICKET -> AccessContext.of(target.caller().staffId(), target.group().orElseThrow(),
                        target.engineer(), groups);
                case PROBLEM -> new AccessContext(Optional.empty(), target.group(), target.engineer(), groups);
                case CHANGE -> new AccessContext(Optional.empty(), target.group(), Optional.empty(), groups);
                case RELEASE, REPAIR -> AccessContext.general(groups);
                case ROSTER, SWAP, HANDOVER, ROSTER_GROUP, BACKUP, BACKUP_GROUP, INSPECTION_ROUND, INSPECTION_GROUP ->
                        new AccessContext(Optional.empty(), target.group(), Optional.empty(), groups);
                case CALL -> AccessContext.onBehalfOf(target.caller().staffId(), groups);
                case ARTICLE, GENERAL -> AccessContext.general(groups);
                case OWN_WORKLOAD, OTHERS_WORKLOAD -> AccessContext.of(target.caller().staffId(),
                        target.group().orElseThrow(), groups);
            };
        }

        /** What the policy says this cell answers. */
        Outcome expected() {
            AccessContext context = context();
            if (operation.article().isPresent()) {
                ArticleTarget article = operation.article().get();
                boolean seesInProgress = POLICY.permits(actor, WRITE_ARTICLE, context)
                        || POLICY.permits(actor, REVIEW_ARTICLE, context);
                if (!POLICY.permits(actor, article.seeing(), context)
                        || !(article.state().published() || seesInProgress)) {
                    return Outcome.HIDDEN;
                }
            }
            if (operation.permission() == VIEW_WORKLOAD && POLICY.scopes(actor, VIEW_WORKLOAD).isEmpty()) {
                return Outcome.REFUSED;
            }
            Optional<Permission> seeing = operation.kind().seeing();
            if (seeing.isPresent() && !POLICY.permits(actor, seeing.get(), context)) {
                return Outcome.HIDDEN;
            }
            if (!POLICY.permits(actor, operation.permission(), context)) {
                return operation.shown().isPresent() ? Outcome.WITHHELD : Outcome.REFUSED;
            }
            return Outcome.ALLOWED;
        }

        @Override
        public String toString() {
            String roles = actor.roles().stream().map(Role::name).sorted().collect(Collectors.joining(", ", "(", ")"));
            return name + " " + roles + " " + operation.name() + where() + " -> " + expected().answer;
        }

        private String where() {
            boolean reporter = actor.has(Role.REPORTER);
            if (operation.kind() == Kind.OWN_WORKLOAD || operation.kind() == Kind.OTHERS_WORKLOAD) {
                return target.reach() == Reach.WITHIN ? " on their own figures" : " on network engineer Ma's figures";
            }
            String record = switch (operation.kind()) {
                case PROBLEM -> "problem";
                case CHANGE -> "change";
                case ROSTER, SWAP, HANDOVER -> operation.kind().name().toLowerCase();
                case ROSTER_GROUP -> "roster as a whole";
                case BACKUP -> "backup job";
                case BACKUP_GROUP -> "backups as a whole";
                case INSPECTION_ROUND -> "inspection round";
                case INSPECTION_GROUP -> "inspections as a whole";
                default -> "ticket";
            };
            return switch (target.reach()) {
                case GENERAL -> operation.article().map(article -> " on " + article.state().name().toLowerCase()
                        .replace('_', ' ') + " " + article.audience().toLowerCase().replace('_', '-') + " article")
                        .or(() -> operation.releaseState().map(release -> " on a " + release.name().toLowerCase()
                                .replace('_', ' ') + " release"))
                        .orElse("");
                case WITHIN -> operation.kind() == Kind.CALL ? " for themselves"
                        : reporter && operation.kind() == Kind.TICKET ? " on their own ticket"
                        : DIRECTORY.groupsOf(actor.staffId()).contains(target.group().orElseThrow())
                                ? " on their group's " + record
                                : " on a " + target.group().orElseThrow().value() + " " + record;
                case OUTSIDE -> operation.kind() == Kind.CALL ? " for another caller"
                        : reporter && operation.kind() == Kind.TICKET ? " on another caller's ticket"
                        : " on another group's " + record;
            };
        }
    }

    /** What a cell acts on, and the permission without which that record is answered as missing (404). */
    private enum Kind {
        TICKET(VIEW_TICKET, "ticket.not-found"), PROBLEM(VIEW_PROBLEM, "problem.not-found"),
        CHANGE(Permission.VIEW_CHANGE, "change.not-found"),
        /** Every release is seen by the right to view releases, or answered as missing (issue 16). */
        RELEASE(VIEW_RELEASE, "release.not-found"),
        /** Every repair is seen by the right to view repairs, or answered as missing (issue 18). */
        REPAIR(Permission.VIEW_REPAIRS, "repair.not-found"),
        /** Seen by the right to its audience, and unless published by the right to write or review articles. */
        ARTICLE(null, "article.not-found"),
        /** A group's roster, or a swap or handover of it (issue 17): seen with the right to view the group's roster or handovers. */
        ROSTER(Permission.VIEW_ROSTER, "roster.not-found"), SWAP(Permission.VIEW_ROSTER, "swap.not-found"),
        HANDOVER(Permission.VIEW_HANDOVER, "handover.not-found"),
        /** What is done on a group's roster as a whole (its shifts, a new roster, a handover written): refused, never hidden. */
        ROSTER_GROUP(null, null),
        /** A group's backup job (issue 18): seen with the right to view the group's backups. */
        BACKUP(Permission.VIEW_BACKUPS, "backup.job.not-found"),
        /** A new backup job of a group: refused, never hidden. */
        BACKUP_GROUP(null, null),
        /** A group's inspection round (issue 18): seen with the right to view the group's inspections. */
        INSPECTION_ROUND(Permission.VIEW_INSPECTIONS, "inspection.round.not-found"),
        /** What is done on a group's inspections as a whole (a template, a schedule): refused, never hidden. */
        INSPECTION_GROUP(null, null),
        CALL(null, null), GENERAL(null, null),
        /**
         * The workload report, of the figures that are the actor's own (as their caller: the
         * person is the actor) in their home group: allowed to whoever has VIEW_WORKLOAD at all.
         */
        OWN_WORKLOAD(null, null),
        /**
         * The workload report, asking whether it shows network engineer Ma's figures: the director's
         * does; an engineer's or another group's lead's answers without them (withheld); without
         * VIEW_WORKLOAD at all it is 403 (issue 17).
         */
        OTHERS_WORKLOAD(null, null);

        private final Permission seeing;
        private final String notFound;

        Kind(Permission seeing, String notFound) {
            this.seeing = seeing;
            this.notFound = notFound;
        }

        Optional<Permission> seeing() {
            return Optional.ofNullable(seeing);
        }
    }

    /** What a cell needs prepared besides its ticket or problem. */
    private enum Extra { NONE, LOGGED_CALL, HOME_INCIDENT, CANDIDATE }

    /**
     * The request that {@code permission} allows: on a ticket in {@code state}, on a problem in
     * {@code problemState}, on a caller's call, or general.
     */
    private record Operation(Permission permission, String name, Kind kind, State state,
                             ProblemStates.State problemState, Act act, Optional<Predicate<JsonNode>> shown,
                             Extra extra, Optional<ArticleTarget> article, Optional<ChangeStates.State> changeState,
                             Optional<ReleaseStates.State> releaseState) {
        Operation(Permission permission, String name, Kind kind, State state,
                  ProblemStates.State problemState, Act act, Optional<Predicate<JsonNode>> shown, Extra extra,
                  Optional<ArticleTarget> article, Optional<ChangeStates.State> changeState) {
            this(permission, name, kind, state, problemState, act, shown, extra, article, changeState,
                    Optional.empty());
        }

        Operation(Permission permission, String name, Kind kind, State state,
                  ProblemStates.State problemState, Act act, Optional<Predicate<JsonNode>> shown, Extra extra,
                  Optional<ArticleTarget> article) {
            this(permission, name, kind, state, problemState, act, shown, extra, article, Optional.empty());
        }

        Operation(Permission permission, String name, Kind kind, State state,
                  ProblemStates.State problemState, Act act, Optional<Predicate<JsonNode>> shown, Extra extra) {
            this(permission, name, kind, state, problemState, act, shown, extra, Optional.empty());
        }

        Operation(Permission permission, String name, Kind kind, State state, Act act,
                  Optional<Predicate<JsonNode>> shown) {
            this(permission, name, kind, state, null, act, shown, Extra.NONE);
        }

        static Operation onTicket(Permission permission, State state, Act act) {
            return new Operation(permission, permission.name(), Kind.TICKET, state, act, Optional.empty());
        }

        /** This operation on a call the desk logged first, of the cell's caller. */
        Operation withLoggedCall() {
            return with(Extra.LOGGED_CALL);
        }

        /** This operation with an open incident of the actor's home group, which they may see. */
        Operation withHomeIncident() {
            return with(Extra.HOME_INCIDENT);
        }

        private Operation with(Extra needed) {
            return new Operation(permission, name, kind, state, problemState, act, shown, needed, article, changeState,
                    releaseState);
        }

        /** A step on an incident, {@code POST /{id}/<path>} with {@code If-Match}. */
        static Operation step(Permission permission, State state, String path, Body body) {
            return new Operation(permission, nameOf(permission, path), Kind.TICKET, state, (walk, cell, subject) -> {
                JsonNode ticket = subject.ticket().orElseThrow();
                return walk.desk.attempt(cell.actor(), ticket, path, body == null ? null : body.of(ticket));
            }, Optional.empty());
        }

        /** A read of the ticket, whose refusal is the ticket shown without what {@code shown} looks for. */
        static Operation reading(Permission permission, State state, Predicate<JsonNode> shown) {
            return new Operation(permission, permission.name(), Kind.TICKET, state, (walk, cell, subject) ->
                    walk.api.get(Desk.path(subject.ticket().orElseThrow())).as(cell.actor()).send(),
                    permission == VIEW_TICKET ? Optional.empty() : Optional.of(shown));
        }

        /** A step on a problem, {@code POST /problems/{id}/<path>} with {@code If-Match}. */
        static Operation problemStep(Permission permission, ProblemStates.State state, String path,
                                     ProblemBody body) {
            return new Operation(permission, nameOf(permission, path), Kind.PROBLEM, null, state,
                    (walk, cell, subject) -> walk.problems.attempt(cell.actor(), subject.problem().orElseThrow(), path,
                            body == null ? null : body.of(walk, subject)), Optional.empty(), Extra.NONE);
        }

        /** A step on a change, {@code POST /changes/{id}/<path>} with {@code If-Match}; a read with no path. */
        static Operation changeStep(Permission permission, ChangeStates.State state, String path, ChangeBody body) {
            return new Operation(permission, path == null ? permission.name() : nameOf(permission, path),
                    Kind.CHANGE, null, null, (walk, cell, subject) -> {
                        JsonNode change = subject.change().orElseThrow();
                        return path == null ? walk.api.get(ChangeDeskHttp.path(change)).as(cell.actor()).send()
                                : walk.changeStates.attempt(cell.actor(), change, path,
                                        body == null ? null : body.of(change));
                    }, Optional.empty(), Extra.NONE, Optional.empty(), Optional.of(state));
        }

        /** A step on a release, {@code POST /releases/{id}/<path>} with {@code If-Match}; a read with no path. */
        static Operation releaseStep(Permission permission, ReleaseStates.State state, String path,
                                     ReleaseBody body) {
            return new Operation(permission, path == null ? permission.name() : nameOf(permission, path),
                    Kind.RELEASE, null, null, (walk, cell, subject) -> {
                        JsonNode release = subject.release().orElseThrow();
                        return path == null ? walk.api.get(ReleaseStates.path(release)).as(cell.actor()).send()
                                : walk.releaseStates.attempt(cell.actor(), release, path,
                                        body == null ? null : body.of(walk, release));
                    }, Optional.empty(), Extra.NONE, Optional.empty(), Optional.empty(), Optional.of(state));
        }

        /** A read of the problem, whose refusal is the problem shown without what {@code shown} looks for. */
        static Operation problemReading(Permission permission, ProblemStates.State state, Predicate<JsonNode> shown) {
            return new Operation(permission, permission.name(), Kind.PROBLEM, null, state, (walk, cell, subject) ->
                    walk.api.get(ProblemDesk.path(subject.problem().orElseThrow())).as(cell.actor()).send(),
                    permission == VIEW_PROBLEM ? Optional.empty() : Optional.of(shown), Extra.NONE);
        }

        /** A read of an article for {@code audience}, published. */
        static Operation articleReading(Permission permission, String audience) {
            return new Operation(permission, permission.name(), Kind.ARTICLE, null, null, (walk, cell, subject) ->
                    walk.api.get(ArticleDesk.path(subject.article().orElseThrow())).as(cell.actor()).send(),
                    Optional.empty(), Extra.NONE, Optional.of(new ArticleTarget(audience,
                    ArticleStates.State.PUBLISHED)));
        }

        /** A step on an all-staff article, {@code POST /articles/{id}/<path>} with {@code If-Match}. */
        static Operation articleStep(Permission permission, ArticleStates.State state, String path, Object body) {
            return new Operation(permission, nameOf(permission, path), Kind.ARTICLE, null, null,
                    (walk, cell, subject) -> walk.articles.attempt(cell.actor(), subject.article().orElseThrow(), path,
                            body), Optional.empty(), Extra.NONE, Optional.of(new ArticleTarget("ALL_STAFF", state)));
        }

        /** The workload report of the walk's month, {@code shown} telling whether it holds what the cell asks for. */
        static Operation workload(Kind kind, Optional<Predicate<JsonNode>> shown) {
            return new Operation(VIEW_WORKLOAD, VIEW_WORKLOAD.name(), kind, null, (walk, cell, subject) ->
                    walk.api.get("/api/v1/reports/workload?from=2026-03-01&to=2026-04-01").as(cell.actor()).send(),
                    shown);
        }

        static Operation onCall(Permission permission, Act act) {
            return new Operation(permission, permission.name(), Kind.CALL, null, act, Optional.empty());
        }

        static Operation general(Permission permission, GeneralAct act) {
            return new Operation(permission, permission.name(), Kind.GENERAL, null,
                    (walk, cell, subject) -> act.perform(walk, cell), Optional.empty());
        }

        /** A decision on a candidate problem found anew for the cell. */
        static Operation onCandidate(Permission permission, Act act) {
            return new Operation(permission, permission.name(), Kind.GENERAL, null, null, act, Optional.empty(),
                    Extra.CANDIDATE);
        }

        private static String nameOf(Permission permission, String path) {
            return path.equals(permission.name().toLowerCase().replace('_', '-')) ? permission.name()
                    : permission.name() + " (" + path + ")";
        }

        /**
         * Where {@code actor} tries it: a ticket of theirs (the caller's own, else Nurse Wang's,
         * owned by their group, else desktop support's) and another caller's of another group;
         * a problem of their group (else desktop support's) and one of another group, both
         * managed by Zhao; a call of their own and another caller's; or once.
         */
        List<Target> targets(Actor actor) {
            Actor ownCaller = actor.has(Role.REPORTER) ? actor : NURSE_WANG;
            return switch (kind) {
                case TICKET -> List.of(ticketTarget(Reach.WITHIN, ownCaller, homeGroup(actor)),
                        ticketTarget(Reach.OUTSIDE, CLERK_LI, NETWORK));
                case PROBLEM -> List.of(problemTarget(Reach.WITHIN, homeGroup(actor)),
                        problemTarget(Reach.OUTSIDE, NETWORK));
                case CHANGE -> List.of(new Target(Reach.WITHIN, NURSE_WANG, Optional.of(homeGroup(actor)),
                                Optional.empty()),
                        new Target(Reach.OUTSIDE, NURSE_WANG, Optional.of(NETWORK), Optional.empty()));
                case ARTICLE, RELEASE, REPAIR -> List.of(new Target(Reach.GENERAL, NURSE_WANG, Optional.empty(),
                        Optional.empty()));
                case ROSTER, SWAP, HANDOVER, ROSTER_GROUP, BACKUP, BACKUP_GROUP, INSPECTION_ROUND, INSPECTION_GROUP ->
                        List.of(new Target(Reach.WITHIN, NURSE_WANG,
                                Optional.of(rosterGroup(actor)), Optional.empty()),
                        new Target(Reach.OUTSIDE, NURSE_WANG, Optional.of(NETWORK), Optional.empty()));
                case CALL -> List.of(new Target(Reach.WITHIN, actor, Optional.empty(), Optional.empty()),
                        new Target(Reach.OUTSIDE, CLERK_LI, Optional.empty(), Optional.empty()));
                case GENERAL -> List.of(new Target(Reach.GENERAL, actor, Optional.empty(), Optional.empty()));
                case OWN_WORKLOAD -> List.of(new Target(Reach.WITHIN, actor, Optional.of(homeGroup(actor)),
                        Optional.empty()));
                case OTHERS_WORKLOAD -> List.of(new Target(Reach.OUTSIDE, NETWORK_MA, Optional.of(NETWORK),
                        Optional.empty()));
            };
        }

        private Target ticketTarget(Reach reach, Actor caller, GroupId group) {
            return new Target(reach, caller, Optional.of(group), state.engineer(group));
        }

        private static Target problemTarget(Reach reach, GroupId group) {
            return new Target(reach, NURSE_WANG, Optional.of(group), Optional.of(PROBLEM_MANAGER_ZHAO.staffId()));
        }

        /** The group whose roster {@code actor} works on: desktop support's or HIS support's, else desktop support's. */
        private static GroupId rosterGroup(Actor actor) {
            Set<GroupId> groups = DIRECTORY.groupsOf(actor.staffId());
            return groups.contains(HIS_SUPPORT) && !groups.contains(DESKTOP) ? HIS_SUPPORT : DESKTOP;
        }

        /** A repairs operation on the walk's repair (or a new one), which every actor's cell shares. */
        static Operation repair(Permission permission, String path, GeneralAct act) {
            return new Operation(permission, nameOf(permission, path), Kind.REPAIR, null, null,
                    (walk, cell, subject) -> act.perform(walk, cell), Optional.empty(), Extra.NONE);
        }

        /** A duty roster operation on the cell's group, its record prepared by {@code act} itself. */
        static Operation roster(Permission permission, Kind kind, String path, RosterAct act) {
            return new Operation(permission, nameOf(permission, path), kind, null, null, (walk, cell, subject) ->
                    act.perform(walk, cell, cell.target().group().orElseThrow()), Optional.empty(), Extra.NONE);
        }

        /** A backup records operation on the cell's group, its job prepared by {@code act} itself. */
        static Operation backups(Permission permission, Kind kind, String path, RosterAct act) {
            return roster(permission, kind, path, act);
        }

        /** An inspection operation on the cell's group, chosen as the roster's (its record prepared by {@code act}). */
        static Operation inspection(Permission permission, Kind kind, String path, RosterAct act) {
            return roster(permission, kind, path, act);
        }

        private static GroupId homeGroup(Actor actor) {
            Set<GroupId> groups = DIRECTORY.groupsOf(actor.staffId());
            return Stream.of(DESKTOP, HIS_SUPPORT, HIS_VENDOR).filter(groups::contains).findFirst().orElse(DESKTOP);
        }
    }

    /**
     * What a cell acts on, prepared: the caller, their ticket as the desk reads it, a call the
     * desk logged; a problem as Zhao reads it, an incident of the actor's home group, a candidate.
     */
    private record Subject(Actor caller, Optional<JsonNode> ticket, Optional<String> call, Optional<JsonNode> problem,
                           Optional<String> incident, Optional<String> candidate, Optional<JsonNode> article,
                           Optional<JsonNode> change, Optional<JsonNode> release) {
        String ticketId() {
            return ticket.orElseThrow().get("id").asText();
        }
    }

    @FunctionalInterface
    private interface Act {
        RunningApi.Reply perform(Walk walk, Cell cell, Subject subject);
    }

    @FunctionalInterface
    private interface RosterAct {
        RunningApi.Reply perform(Walk walk, Cell cell, GroupId group);
    }

    @FunctionalInterface
    private interface GeneralAct {
        RunningApi.Reply perform(Walk walk, Cell cell);
    }

    @FunctionalInterface
    private interface Body {
        Object of(JsonNode ticket);
    }

    @FunctionalInterface
    private interface ChangeBody {
        Object of(JsonNode change);
    }

    @FunctionalInterface
    private interface ReleaseBody {
        Object of(Walk walk, JsonNode release);
    }

    @FunctionalInterface
    private interface ProblemBody {
        Object of(Walk walk, Subject on);
    }

    /** The running API, the preparation of each cell, and the figures of the walk. */
    private static final class Walk {
        final RunningApi api;
        final Desk desk;
        final Estate estate;
        final TicketStates tickets;
        final ProblemDesk problems;
        final ProblemStates problemStates;
        final ArticleDesk articles;
        final ArticleStates articleStates;
        final ChangeStates changeStates;
        final ReleaseStates releaseStates;
        final RosterStates rosters;
        final BackupStates backups;
        final InspectionStates inspections;
        final JsonNode ci;
        /** A repair of the walk's printer, opened by engineer Liu, that the repairs' cells read and cost. */
        final JsonNode repair;
        /** The ward's HIS client, whose software version a release deploys. */
        final JsonNode hisClient;
        final AtomicInteger sequence = new AtomicInteger();
        private final Map<String, Map<Outcome, Integer>> figures = new LinkedHashMap<>();
        private final Set<String> covered = new HashSet<>();

        Walk(RunningApi api) {
            this.api = api;
            this.desk = new Desk(api);
            this.estate = new Estate(api);
            this.tickets = new TicketStates(api);
            this.problems = new ProblemDesk(api);
            this.problemStates = new ProblemStates(api);
            this.articles = new ArticleDesk(api);
            this.articleStates = new ArticleStates(api);
            this.ci = estate.register(estate.printer("PRN-5E-01"));
            this.changeStates = new ChangeStates(api, ci.get("id").asText());
            ObjectNode client = Estate.item("his", estate.tag("HIS-WALK-01"), "HIS outpatient client",
                    "CLINICAL_CRITICAL");
            client.putObject("attributes").put("version", "6.0");
            this.hisClient = estate.register(client);
            this.releaseStates = new ReleaseStates(api, changeStates.bring(DESKTOP, ChangeStates.State.DRAFT)
                    .get("id").asText());
            tickets.bring(CLERK_LI, NETWORK, State.CLOSED); // network engineer Ma's figures in the month
            this.rosters = new RosterStates(api);
            this.backups = new BackupStates(api, ci.get("id").asText());
            RunningApi.Reply opened = api.post("/api/v1/repairs").as(ENGINEER_LIU).json(repairOf(ci)).send();
            assertThat(opened.status()).as("%s", opened).isEqualTo(201);
            this.repair = opened.json();
            this.inspections = new InspectionStates(api, ci.get("id").asText());
        }

        /** The body opening a repair of {@code item}. */
        ObjectNode repairOf(JsonNode item) {
            return object().put("ci", item.get("id").asText()).put("fault", "打印机卡纸，搓纸轮磨损");
        }

        void run(Cell cell) {
            Outcome expected = cell.expected();
            Subject subject = prepare(cell);
            cell.actor().roles().forEach(role -> covered.add(role + " x " + cell.operation().permission()));
            int eventsBefore = api.eventCount();
            RunningApi.Reply reply = cell.operation().act().perform(this, cell, subject);
            Outcome observed = observed(cell.operation(), reply);
            assertThat(observed).as("%s answered %s", cell, reply).isEqualTo(expected);
            if (observed == Outcome.REFUSED || observed == Outcome.HIDDEN) {
                assertThat(api.eventCount()).as("a refusal changes nothing").isEqualTo(eventsBefore);
            }
            figures.computeIfAbsent(cell.name(), name -> new EnumMap<>(Outcome.class)).merge(observed, 1, Integer::sum);
        }

        private static Outcome observed(Operation operation, RunningApi.Reply reply) {
            return switch (reply.status()) {
                case 404 -> problem(reply, operation.kind().notFound, Outcome.HIDDEN);
                case 403 -> problem(reply, "access.denied", Outcome.REFUSED);
                case 200, 201, 204 -> operation.shown().map(shows -> shows.test(reply.json()) ? Outcome.ALLOWED
                        : Outcome.WITHHELD).orElse(Outcome.ALLOWED);
                default -> throw new AssertionError("neither allowed nor refused: " + reply);
            };
        }

        private static Outcome problem(RunningApi.Reply reply, String code, Outcome outcome) {
            assertThat(reply.json().get("code").asText()).as("%s", reply).isEqualTo(code);
            return outcome;
        }

        /** The ticket, problem or call the cell acts on, brought into the state it needs by others. */
        private Subject prepare(Cell cell) {
            Target target = cell.target();
            Operation operation = cell.operation();
            Optional<String> call = operation.extra() == Extra.LOGGED_CALL ? Optional.of(loggedCall(target.caller()))
                    : Optional.empty();
            Optional<String> incident = operation.extra() == Extra.HOME_INCIDENT ? Optional.of(tickets.bring(
                    NURSE_WANG, Operation.homeGroup(cell.actor()), State.OPEN).get("id").asText()) : Optional.empty();
            Optional<String> candidate = operation.extra() == Extra.CANDIDATE ? Optional.of(candidate())
                    : Optional.empty();
            Optional<JsonNode> ticket = operation.kind() == Kind.TICKET ? Optional.of(tickets.bring(target.caller(),
                    target.group().orElseThrow(), operation.state())) : Optional.empty();
            Optional<JsonNode> problem = operation.kind() == Kind.PROBLEM ? Optional.of(problemStates.bring(
                    target.group().orElseThrow(), operation.problemState())) : Optional.empty();
            Optional<JsonNode> article = operation.article().map(on -> articleStates.bring(on.audience(), on.state()));
            Optional<JsonNode> change = operation.changeState().map(state -> changeStates.bring(
                    target.group().orElseThrow(), state));
            Optional<JsonNode> release = operation.releaseState().map(releaseStates::bring);
            return new Subject(target.caller(), ticket, call, problem, incident, candidate, article, change, release);
        }

        /** A candidate problem found anew: three incidents on a printer of their own; answers its id. */
        private String candidate() {
            JsonNode printer = estate.register(estate.printer("PRN-CANDIDATE-" + sequence.incrementAndGet()));
            for (int i = 0; i < 3; i++) {
                RunningApi.Reply recorded = api.post("/api/v1/tickets/" + desk.printerIncident().get("id").asText()
                        + "/affected-cis").as(AGENT_CHEN).json(object().set("cis", RunningApi.JSON.createArrayNode()
                        .add(printer.get("id").asText()))).send();
                assertThat(recorded.status()).as("%s", recorded).isEqualTo(200);
            }
            JsonNode candidates = api.get("/api/v1/problem-candidates").as(PROBLEM_MANAGER_ZHAO).send().json();
            List<JsonNode> found = new ArrayList<>();
            candidates.get("items").forEach(found::add);
            return found.stream().filter(c -> c.get("key").asText().equals("ci:" + printer.get("id").asText()))
                    .findFirst().orElseThrow().get("id").asText();
        }

        /** A call of {@code caller} the desk logged; answers its id. */
        String loggedCall(Actor caller) {
            JsonNode call = desk.logContact(Desk.contact(caller, TicketStates.department(caller), "Printer offline"));
            return call.get("id").asText();
        }

        /** The figures, printed on one line, and that every role of the actors met every permission. */
        void covered() {
            Map<Outcome, Integer> total = new EnumMap<>(Outcome.class);
            figures.values().forEach(counts -> counts.forEach((outcome, n) -> total.merge(outcome, n, Integer::sum)));
            System.out.println("Access matrix over HTTP: " + line(total) + "; " + figures.entrySet().stream()
                    .map(actor -> actor.getKey() + " " + line(actor.getValue())).collect(Collectors.joining("; ")));
            Set<String> expected = new HashSet<>();
            WALKED.values().forEach(actor -> actor.roles().forEach(role -> Arrays.stream(Permission.values())
                    .forEach(permission -> expected.add(role + " x " + permission))));
            assertThat(covered).isEqualTo(expected);
        }

        private static String line(Map<Outcome, Integer> counts) {
            int cells = counts.values().stream().mapToInt(Integer::intValue).sum();
            return cells + " cells: " + counts.getOrDefault(Outcome.ALLOWED, 0) + " allowed, "
                    + counts.getOrDefault(Outcome.REFUSED, 0) + " refused (403), "
                    + counts.getOrDefault(Outcome.WITHHELD, 0) + " withheld, "
                    + counts.getOrDefault(Outcome.HIDDEN, 0) + " hidden (404)";
        }
    }
}
