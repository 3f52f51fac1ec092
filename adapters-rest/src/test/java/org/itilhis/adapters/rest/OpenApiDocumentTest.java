package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.Iterables;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.itilhis.adapters.rest.change.ChangeResources;
import org.itilhis.adapters.rest.common.OpenApiResource;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.configuration.CmdbResources;
import org.itilhis.adapters.rest.knowledge.KnowledgeResources;
import org.itilhis.adapters.rest.operations.InspectionResources;
import org.itilhis.adapters.rest.problem.ProblemResources;
import org.itilhis.adapters.rest.release.ReleaseResources;
import org.itilhis.adapters.rest.operations.RepairResources;
import org.itilhis.adapters.rest.reporting.ReportingResources;
import org.itilhis.adapters.rest.operations.BackupResources;
import org.itilhis.adapters.rest.operations.MachineRoomResources;
import org.itilhis.adapters.rest.roster.RosterResources;
import org.itilhis.adapters.rest.servicedesk.ServiceDeskResources;
import org.itilhis.adapters.rest.servicelevel.ServiceLevelResources;
import org.itilhis.core.cmdb.AttributeType;
import org.itilhis.core.cmdb.CiAction;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.cmdb.RelationshipType;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.contact.ContactStatus;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.knowledge.ArticleAction;
import org.itilhis.core.knowledge.ArticleStatus;
import org.itilhis.core.knowledge.KnowledgeAudience;
import org.itilhis.core.problem.CauseCategory;
import org.itilhis.core.problem.ProblemAction;
import org.itilhis.core.problem.ProblemStatus;
import org.itilhis.core.release.ReleaseAction;
import org.itilhis.core.release.ReleaseStatus;
import org.itilhis.core.release.StageVerdict;
import org.itilhis.core.sla.ClockKind;
import org.itilhis.core.sla.ClockState;
import org.itilhis.core.sla.report.PeriodUnit;
import org.itilhis.core.ticket.HoldReason;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.ticket.TicketAction;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.common.AuditTrailCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-maintained OpenAPI document matches the resources: read from the Jakarta REST
 * annotations, every resource method is described and every described operation exists, with
 * the same request body and path parameters; every JSON record has a schema with exactly its
 * fields, every enum schema has exactly the Java constants, and every reference resolves.
 */
class OpenApiDocumentTest {
    private static final Pattern TEMPLATE = Pattern.compile("\\{(\\w+)}");
    private static JsonNode document;
    /** Every resource method by operation; a text and a JSON variant of one operation are two methods. */
    private static Map<String, List<Method>> resourceMethods;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            document = RunningApi.JSON.readTree(in);
        }
        resourceMethods = new TreeMap<>();
        for (Class<?> resource : Iterables.concat(Resources.CLASSES, List.of(HealthResource.class, AuditTrailResource.class, PersonalDataReadResource.class,
                        org.itilhis.adapters.rest.notification.MailReplyResource.class), ServiceDeskResources.CLASSES,
                ServiceLevelResources.CLASSES, CmdbResources.CLASSES, ProblemResources.CLASSES,
                KnowledgeResources.CLASSES, ChangeResources.CLASSES, ReleaseResources.CLASSES, RosterResources.CLASSES,
                ReportingResources.CLASSES, RepairResources.CLASSES, BackupResources.CLASSES,
                InspectionResources.CLASSES, MachineRoomResources.CLASSES,
                org.itilhis.adapters.rest.operations.StockResources.CLASSES,
                org.itilhis.adapters.rest.notification.WebhookResources.CLASSES,
                org.itilhis.adapters.rest.notification.NotificationSettingsResources.CLASSES,
                org.itilhis.adapters.rest.notification.NotificationRelayResources.CLASSES,
                org.itilhis.adapters.rest.monitoring.MonitoringResources.CLASSES,
                org.itilhis.adapters.rest.monitoring.CiStateResources.CLASSES,
                org.itilhis.adapters.rest.availability.AvailabilityResources.CLASSES)) {
            for (Method method : resource.getMethods()) {
                httpMethod(method).ifPresent(verb -> resourceMethods.computeIfAbsent(verb + " " + path(resource, method),
                        operation -> new ArrayList<>()).add(method));
            }
        }
    }

    @Test
    void isOpenApi31() {
        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(resourceMethods).hasSizeGreaterThan(40);
    }

    @Test
    void describesExactlyTheResourceMethods() {
        assertThat(operations().keySet()).containsExactlyInAnyOrderElementsOf(resourceMethods.keySet());
    }

    /**
     * A JSON body is described by the schema of its record; a {@code String} body consumed as
     * {@code text/plain} by a text content; a body read as a stream (a CSV file) by exactly the
     * media types the method consumes; an operation whose methods take no body has none.
     */
    @Test
    void requestBodiesAreTheEntityParametersOfTheMethods() {
        operations().forEach((operation, described) -> {
            JsonNode content = described.at("/requestBody/content");
            Set<String> expected = new TreeSet<>();
            for (Method method : resourceMethods.get(operation)) {
                Class<?> entity = entityType(method);
                if (entity == String.class) {
                    expected.add("text/plain");
                } else if (entity == InputStream.class) {
                    expected.addAll(Arrays.asList(method.getAnnotation(Consumes.class).value()));
                } else if (entity != null) {
                    expected.add("application/json");
                    assertThat(simpleName(content.at("/application~1json/schema/$ref").asText())).as(operation)
                            .isEqualTo(entity.getSimpleName());
                }
            }
            assertThat(content.isMissingNode() ? Set.of() : names(content.fieldNames())).as(operation)
                    .isEqualTo(expected);
        });
    }

    @Test
    void recordReturnTypesAreTheSuccessSchemas() {
        operations().forEach((operation, described) -> {
            for (Method method : resourceMethods.get(operation)) {
                Class<?> returned = method.getReturnType();
                if (returned.isRecord()) {
                    assertThat(simpleName(described.at("/responses/200/content/application~1json/schema/$ref")
                            .asText())).as(operation).isEqualTo(returned.getSimpleName());
                }
            }
        });
    }

    @Test
    void everyPathTemplateIsADeclaredPathParameter() {
        operations().forEach((operation, described) -> {
            Set<String> declared = new TreeSet<>();
            described.get("parameters").forEach(p -> {
                JsonNode parameter = resolve(p);
                if (parameter.get("in").asText().equals("path")) {
                    declared.add(parameter.get("name").asText());
                }
            });
            Set<String> templated = new TreeSet<>();
            Matcher m = TEMPLATE.matcher(operation);
            while (m.find()) {
                templated.add(m.group(1));
            }
            assertThat(declared).as(operation).isEqualTo(templated);
        });
    }

    @Test
    void everyJsonRecordHasASchemaWithExactlyItsFields() {
        List<Class<?>> records = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.itilhis.adapters.rest")) {
            if (type.reflect().isRecord() && type.getSimpleName().endsWith("Json")) {
                records.add(type.reflect());
            }
        }
        assertThat(records).hasSizeGreaterThan(20);
        for (Class<?> record : records) {
            JsonNode schema = document.at("/components/schemas/" + record.getSimpleName());
            assertThat(schema.isMissingNode()).as("schema of %s", record.getSimpleName()).isFalse();
            assertThat(names(schema.get("properties").fieldNames())).as(record.getSimpleName())
                    .isEqualTo(Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                            .collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    @Test
    void enumSchemasListTheJavaConstants() {
        for (Class<?> type : List.of(ContactChannel.class,
                ContactStatus.class, TicketType.class,
                TicketStatus.class, Priority.class,
                ServiceCriticality.class, SupportTier.class,
                HoldReason.class, ResolutionCode.class, ClockKind.class, ClockState.class, PeriodUnit.class,
                CiStatus.class, RelationshipType.class, AttributeType.class, OperationalState.class,
                ProblemStatus.class, CauseCategory.class, ArticleStatus.class, KnowledgeAudience.class,
                org.itilhis.core.change.ChangeModel.class, org.itilhis.core.change.ChangeStatus.class,
                org.itilhis.core.change.Likelihood.class, org.itilhis.core.change.Consequence.class,
                org.itilhis.core.change.RiskLevel.class, org.itilhis.core.change.CabDecision.class,
                org.itilhis.core.change.IncidentRelation.class, org.itilhis.core.change.CabRole.class,
                org.itilhis.core.change.schedule.WindowKind.class, org.itilhis.core.change.schedule.ConflictKind.class,
                ReleaseStatus.class, StageVerdict.class, org.itilhis.core.roster.ShiftKind.class,
                org.itilhis.core.access.Scope.class,
                org.itilhis.core.roster.ShiftDays.class, org.itilhis.core.roster.SwapKind.class,
                org.itilhis.core.roster.SwapStatus.class, org.itilhis.core.roster.HandoverParty.class,
                org.itilhis.core.repair.RepairStatus.class, org.itilhis.core.calendar.CalendarDays.class,
                org.itilhis.core.backup.BackupKind.class, org.itilhis.core.backup.BackupOutcome.class,
                org.itilhis.core.backup.RestoreResult.class, org.itilhis.core.inspection.ItemKind.class,
                org.itilhis.core.inspection.RoundStatus.class, org.itilhis.core.inspection.RoundStanding.class,
                org.itilhis.core.machineroom.RoomEventKind.class, org.itilhis.core.machineroom.ReadingSource.class,
                org.itilhis.core.stock.StockKind.class, org.itilhis.core.stock.RecipientKind.class,
                org.itilhis.adapters.rest.operations.StockJson.StockMoveKind.class,
                org.itilhis.core.notification.WebhookSubscription.DisabledCause.class,
                org.itilhis.core.monitoring.AlertStatus.class, org.itilhis.core.monitoring.AlertSeverity.class,
                org.itilhis.core.monitoring.AlertSourceKind.class, org.itilhis.core.monitoring.AlertMappingRule.Match.class,
                org.itilhis.core.monitoring.RejectionReason.class,
                org.itilhis.core.availability.OutageSource.class)) {
            List<String> described = new ArrayList<>();
            document.at("/components/schemas/" + type.getSimpleName() + "/enum").forEach(v -> described.add(v.asText()));
            assertThat(described).as(type.getSimpleName()).containsExactlyElementsOf(
                    Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
        }
        List<String> actions = new ArrayList<>();
        document.at("/components/schemas/TicketAction/enum").forEach(v -> actions.add(v.asText()));
        assertThat(actions).containsExactlyElementsOf(Arrays.stream(TicketAction.values())
                .map(a -> a.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
        List<String> problemActions = new ArrayList<>();
        document.at("/components/schemas/ProblemAction/enum").forEach(v -> problemActions.add(v.asText()));
        assertThat(problemActions).containsExactlyElementsOf(Arrays.stream(ProblemAction.values())
                .map(a -> a.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
        List<String> articleActions = new ArrayList<>();
        document.at("/components/schemas/ArticleAction/enum").forEach(v -> articleActions.add(v.asText()));
        assertThat(articleActions).containsExactlyElementsOf(Arrays.stream(ArticleAction.values())
                .map(a -> a.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
        List<String> releaseActions = new ArrayList<>();
        document.at("/components/schemas/ReleaseAction/enum").forEach(v -> releaseActions.add(v.asText()));
        assertThat(releaseActions).containsExactlyElementsOf(Arrays.stream(ReleaseAction.values())
                .map(a -> a.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
        List<String> steps = new ArrayList<>();
        document.at("/components/schemas/CiAction/enum").forEach(v -> steps.add(v.asText()));
        assertThat(steps).containsExactlyElementsOf(Arrays.stream(CiAction.values())
                .map(a -> a.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
        List<String> faults = new ArrayList<>();
        document.at("/components/schemas/AuditTrailFault/enum").forEach(v -> faults.add(v.asText()));
        assertThat(faults).containsExactlyElementsOf(Arrays.stream(AuditTrailCheck.Fault.values()).map(String::valueOf)
                .toList());
        List<String> needs = new ArrayList<>();
        document.at("/components/schemas/RelationshipNeed/enum").forEach(v -> needs.add(v.asText()));
        assertThat(needs).containsExactlyElementsOf(Arrays.stream(RelationshipType.Need.values()).map(String::valueOf)
                .toList());
    }

    @Test
    void everyReferenceResolves() {
        List<String> references = new ArrayList<>();
        collectReferences(document, references);
        assertThat(references).isNotEmpty().allSatisfy(reference ->
                assertThat(document.at(reference.substring(1)).isMissingNode()).as(reference).isFalse());
    }

    @Test
    void theServerServesThisDocument() throws IOException {
        try (RunningApi api = RunningApi.start()) {
            RunningApi.Reply served = api.get("/api/v1/openapi.json").send();
            assertThat(served.status()).isEqualTo(200);
            assertThat(served.json()).isEqualTo(document);
        }
    }

    private static Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new TreeMap<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
                operations.put(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), op.getValue())));
        return operations;
    }

    private static Optional<String> httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return Optional.of(verb.value());
            }
        }
        return Optional.empty();
    }

    private static String path(Class<?> resource, Method method) {
        String base = resource.getAnnotation(Path.class).value();
        Path sub = method.getAnnotation(Path.class);
        String path = sub == null ? base : base + "/" + sub.value().replaceAll("^/", "");
        return path.replaceAll("\\{(\\w+):[^}]*\\}", "{$1}"); // {id: regex} is {id} in the document
    }

    /** The parameter that receives the body: the one without a Jakarta REST annotation. */
    private static Class<?> entityType(Method method) {
        for (Parameter parameter : method.getParameters()) {
            boolean annotated = Arrays.stream(parameter.getAnnotations()).anyMatch(a ->
                    a.annotationType().getPackageName().equals(Path.class.getPackageName())
                            || a.annotationType() == Context.class);
            if (!annotated) {
                return parameter.getType();
            }
        }
        return null;
    }

    private static JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? document.at(node.get("$ref").asText().substring(1)) : node;
    }

    private static String simpleName(String reference) {
        return reference.substring(reference.lastIndexOf('/') + 1);
    }

    private static Set<String> names(Iterator<String> names) {
        Set<String> set = new TreeSet<>();
        names.forEachRemaining(set::add);
        return set;
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.has("$ref")) {
            references.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectReferences(child, references));
    }
}
