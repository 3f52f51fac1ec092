package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.itilhis.adapters.rest.client.ApiClient;
import org.itilhis.adapters.rest.client.ApiException;
import org.itilhis.adapters.rest.client.api.ConfigurationManagementApi;
import org.itilhis.adapters.rest.client.api.ContactsApi;
import org.itilhis.adapters.rest.client.api.IncidentsApi;
import org.itilhis.adapters.rest.client.api.ServiceLevelsApi;
import org.itilhis.adapters.rest.client.model.AssignJson;
import org.itilhis.adapters.rest.client.model.CiAction;
import org.itilhis.adapters.rest.client.model.CiJson;
import org.itilhis.adapters.rest.client.model.CiStatus;
import org.itilhis.adapters.rest.client.model.ContactChannel;
import org.itilhis.adapters.rest.client.model.ContactJson;
import org.itilhis.adapters.rest.client.model.ErrorJson;
import org.itilhis.adapters.rest.client.model.EventJson;
import org.itilhis.adapters.rest.client.model.HoldJson;
import org.itilhis.adapters.rest.client.model.HoldReason;
import org.itilhis.adapters.rest.client.model.LifecycleJson;
import org.itilhis.adapters.rest.client.model.LocationJson;
import org.itilhis.adapters.rest.client.model.LogContactJson;
import org.itilhis.adapters.rest.client.model.PeriodUnit;
import org.itilhis.adapters.rest.client.model.RaiseTicketJson;
import org.itilhis.adapters.rest.client.model.RatingJson;
import org.itilhis.adapters.rest.client.model.RegisterCiJson;
import org.itilhis.adapters.rest.client.model.ResolutionCode;
import org.itilhis.adapters.rest.client.model.ResolutionJson;
import org.itilhis.adapters.rest.client.model.ServiceCriticality;
import org.itilhis.adapters.rest.client.model.SlaReportJson;
import org.itilhis.adapters.rest.client.model.TicketAction;
import org.itilhis.adapters.rest.client.model.TicketJson;
import org.itilhis.adapters.rest.client.model.TicketStatus;
import org.itilhis.adapters.rest.client.model.TicketType;
import org.itilhis.adapters.rest.client.model.WorkLogJson;
import org.itilhis.core.shared.Actor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The desk's story told by a Java client generated from the published OpenAPI document
 * (OpenAPI Generator, {@code java} / {@code native}, run by this module's build), as a
 * hospital's integrator would generate it: every request and answer goes through the
 * generated models, so a document that does not say what the server does shows here as a
 * request the client cannot build or an answer it cannot read.
 *
 * <p>Not here: the CMDB import. The document declares its body as the file's bytes
 * ({@code format: binary}, {@code text/csv} or {@code application/octet-stream}), but the
 * {@code native} library of OpenAPI Generator 7.25.0 writes a {@code File} body as JSON (its
 * path); {@code CiImportHttpTest} sends the bytes as saved.
 */
class GeneratedClientStoryTest {
    private static RunningApi api;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        api.configureServiceLevels();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aPrinterIncidentGoesFromTheCallToTheCallersRating() throws ApiException {
        TicketJson ticket = raisePrinterIncident();
        assertThat(ticket.getNumber()).startsWith("INC-2026-");
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.NEW);

        IncidentsApi lead = new IncidentsApi(client(LEAD_SUN));
        IncidentsApi engineer = new IncidentsApi(client(ENGINEER_LIU));
        IncidentsApi caller = new IncidentsApi(client(NURSE_WANG));
        ticket = lead.assignIncident(ticket.getId(), ifMatch(ticket), new AssignJson().group("desktop-first-line")
                .engineer(ENGINEER_LIU.staffId().value()), null);
        ticket = engineer.acceptIncident(ticket.getId(), ifMatch(ticket), null);
        ticket = engineer.startIncident(ticket.getId(), ifMatch(ticket), null);
        ticket = engineer.holdIncident(ticket.getId(), ifMatch(ticket), new HoldJson().reason(HoldReason.AWAITING_VENDOR)
                .note("Fuser unit ordered"), null);
        assertThat(ticket.getAllowedActions()).contains(TicketAction.RESUME, TicketAction.CANCEL);
        ticket = engineer.resumeIncident(ticket.getId(), ifMatch(ticket), null);
        ticket = engineer.workLogsIncident(ticket.getId(), ifMatch(ticket), new WorkLogJson().minutes(45)
                .note("Replaced the fuser unit"), null);
        ticket = engineer.resolveIncident(ticket.getId(), ifMatch(ticket), new ResolutionJson()
                .code(ResolutionCode.HARDWARE_REPLACED).note("New fuser unit; test page printed"), null);
        ticket = caller.confirmIncident(ticket.getId(), ifMatch(ticket), null);
        ticket = caller.ratingIncident(ticket.getId(), ifMatch(ticket), new RatingJson().score(5).comment("Fast"), null);

        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.CLOSED);
        assertThat(ticket.getMinutesLogged()).isEqualTo(45);
        assertThat(ticket.getSatisfaction().getScore()).isEqualTo(5);
        assertThat(engineer.getIncidentHistory(ticket.getId(), null).getEvents()).extracting(EventJson::getType)
                .containsExactly("ticket.raised", "ticket.assigned", "ticket.accepted", "ticket.started",
                        "ticket.put-on-hold", "ticket.resumed", "ticket.work-logged", "ticket.resolved",
                        "ticket.closed", "ticket.rated");
    }

    @Test
    void aRefusedStepIsReadAsAProblemInTheDocumentsErrorModel() throws Exception {
        IncidentsApi engineer = new IncidentsApi(client(ENGINEER_LIU));
        TicketJson raised = raisePrinterIncident();

        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> engineer.resumeIncident(raised.getId(), ifMatch(raised), "zh-CN"));

        assertThat(refused.getCode()).isEqualTo(409);
        ErrorJson problem = problem(refused);
        assertThat(problem.getCode()).isEqualTo("workflow.illegal-transition");
        assertThat(problem.getAllowedActions()).contains("assign", "accept");
        assertThat(problem.getTitle()).isNotBlank();
    }

    @Test
    void aRefusedConfigurationItemStepListsItsLifecycleSteps() throws Exception {
        ConfigurationManagementApi cmdb = new ConfigurationManagementApi(client(CONFIG_MANAGER_QIAN));
        CiJson stocked = cmdb.registerCi(new RegisterCiJson().classCode("workstation").assetTag("PC-GENERATED")
                .name("Spare PC").criticality(ServiceCriticality.GENERAL).status(CiStatus.IN_STOCK)
                .putAttributesItem("hostname", "spare-gen-01"), null, null);
        CiJson deployed = cmdb.takeCiLifecycleStep(stocked.getId(), ifMatch(stocked.getVersion()), new LifecycleJson()
                .action(CiAction.DEPLOY).location(new LocationJson().building("Outpatient").room("Clinic 12")), null);
        assertThat(deployed.getStatus()).isEqualTo(CiStatus.IN_USE);

        ApiException refused = catchThrowableOfType(ApiException.class, () -> cmdb.takeCiLifecycleStep(
                deployed.getId(), ifMatch(deployed.getVersion()), new LifecycleJson().action(CiAction.DISPOSE)
                        .note("scrapped"), null));

        assertThat(refused.getCode()).isEqualTo(409);
        ErrorJson problem = problem(refused);
        assertThat(problem.getCode()).isEqualTo("workflow.illegal-transition");
        assertThat(problem.getAllowedActions()).isNotEmpty().doesNotContain("dispose");
    }

    @Test
    void theMonthsSlaReportIsReadInTheDocumentsModel() throws ApiException {
        raisePrinterIncident();
        OffsetDateTime march = OffsetDateTime.of(2026, 3, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8));

        SlaReportJson report = new ServiceLevelsApi(client(DIRECTOR_GAO)).getSlaReport(march, march.plusMonths(1),
                PeriodUnit.ISO_WEEK, "Asia/Shanghai", null);

        assertThat(report.getOverall().getTickets()).isPositive();
        assertThat(report.getByPeriod()).isNotEmpty();
    }

    private static TicketJson raisePrinterIncident() throws ApiException {
        ContactJson contact = new ContactsApi(client(AGENT_CHEN)).logContact(new LogContactJson()
                .channel(ContactChannel.PHONE).caller(NURSE_WANG.staffId().value()).department("ward-5-east")
                .description("Printer jams again"), null, null);
        return new ContactsApi(client(AGENT_CHEN)).raiseTicket(contact.getId(), new RaiseTicketJson()
                .type(TicketType.INCIDENT).summary("Ward printer jams").category("printer").impact("ONE_DEPARTMENT")
                .urgency("DEGRADED").criticality(ServiceCriticality.GENERAL), null, null);
    }

    /** The answer's problem, read with the generated client's own JSON mapper. */
    private static ErrorJson problem(ApiException refused) throws JsonProcessingException {
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
        return new ApiClient().getObjectMapper().readValue(refused.getResponseBody(), ErrorJson.class);
    }

    private static String ifMatch(TicketJson ticket) {
        return ifMatch(ticket.getVersion());
    }

    private static String ifMatch(long version) {
        return "\"" + version + "\"";
    }

    private static ApiClient client(Actor actor) {
        return client(api, actor);
    }

    /** A generated client for the running server, signed in as {@code actor}. */
    private static ApiClient client(RunningApi server, Actor actor) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(server.uri("/").toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization",
                "Bearer " + RunningApi.token(actor)));
        return client;
    }
}
