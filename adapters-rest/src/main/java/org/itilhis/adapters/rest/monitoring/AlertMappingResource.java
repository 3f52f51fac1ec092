package org.itilhis.adapters.rest.monitoring;

import static com.google.common.base.Preconditions.checkNotNull;
import static jakarta.ws.rs.core.HttpHeaders.IF_MATCH;
import static jakarta.ws.rs.core.HttpHeaders.IF_NONE_MATCH;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.itilhis.adapters.rest.common.Conditions;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.monitoring.AlertMappingRule;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.monitoring.in.AlertMappingCommand;
import org.itilhis.ports.monitoring.in.AlertMappingsView;

/**
 * {@code /api/v1/alert-mappings}: the rules mapping alerts to items in the order they are tried
 * (with {@code ETag}), replacing them all ({@code PUT} with {@code If-Match}: the version read,
 * 0 for the defaults never saved), and {@code /unmapped}: the alerts no rule mapped, newest first,
 * for the configuration manager to fix the CMDB or the rules.
 */
@Singleton
@Path(MonitoringResources.MAPPINGS)
@Produces(MediaType.APPLICATION_JSON)
public final class AlertMappingResource extends ResourceSupport {
    private final MonitoringResources.Ports ports;

    public AlertMappingResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), MonitoringResources.of(configuration));
    }

    AlertMappingResource(Resources.Dependencies dependencies, MonitoringResources.Ports ports) {
        super(dependencies.validation());
        this.ports = checkNotNull(ports, "ports");
    }

    @GET
    public Response get(@HeaderParam(IF_NONE_MATCH) String ifNoneMatch) {
        AlertMappingsView view = ports.queries().mappings(actor());
        return unlessNotModified(ifNoneMatch, view.version(), () -> MonitoringJson.MappingsJson.of(view));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@HeaderParam(IF_MATCH) String ifMatch, MonitoringJson.MappingsBodyJson body) {
        Actor actor = actor();
        Long version = Conditions.expected(ifMatch, () -> ports.queries().mappings(actor));
        MonitoringJson.MappingsBodyJson json = body(body);
        Fields fields = new Fields();
        List<AlertMappingRule> rules = rules(json.rules(), fields);
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        AlertMappingsView saved = ports.mappings().replace(valid(new AlertMappingCommand.Replace(actor, version,
                rules), fields));
        return Response.ok(MonitoringJson.MappingsJson.of(saved)).tag(etag(saved.version())).build();
    }

    @GET
    @Path("unmapped")
    public MonitoringJson.ReceivedAlertsJson unmapped(@QueryParam("source") String source,
                                              @QueryParam("since") String since, @QueryParam("cursor") String cursor,
                                              @QueryParam("limit") String limit) {
        return AlertResource.page(ports, actor(), source, null, null, since, true, cursor, limit);
    }

    /** The rules as sent, each checked field by field ({@code rules[2].attribute}). */
    private static List<AlertMappingRule> rules(List<MonitoringJson.RuleBodyJson> given, Fields fields) {
        if (given == null) {
            fields.check(false, "rules", "field.required");
            return null;
        }
        List<AlertMappingRule> rules = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String at = "rules[" + i + "]";
            MonitoringJson.RuleBodyJson rule = given.get(i);
            if (rule == null) {
                fields.check(false, at, "field.required");
                continue;
            }
            AlertMappingRule.Match match = match(rule.match(), at + ".match", fields);
            String label = text(rule.label(), at + ".label", fields);
            if (match == null || label == null) {
                continue;
            }
            switch (match) {
                case ASSET_TAG -> rules.add(AlertMappingRule.assetTag(label));
                case HOST_NAME -> attribute(rule.attribute(), "hostname", at, fields)
                        .ifPresent(a -> rules.add(AlertMappingRule.hostName(label, a)));
                case IP_ADDRESS -> attribute(rule.attribute(), "ipAddress", at, fields)
                        .ifPresent(a -> rules.add(AlertMappingRule.ipAddress(label, a)));
                case LABEL_VALUE -> {
                    String value = rule.value() == null ? null : rule.value();
                    fields.check(value != null && value.length() <= AlertMappingRule.MAX_LENGTH, at + ".value",
                            "field.required");
                    CiId ci = rule.ci() == null ? null : fields.id(at + ".ci", rule.ci(), CiId::parse);
                    fields.check(rule.ci() != null, at + ".ci", "field.required");
                    if (value != null && value.length() <= AlertMappingRule.MAX_LENGTH && ci != null) {
                        rules.add(AlertMappingRule.labelValue(label, value, ci));
                    }
                }
                default -> throw new IllegalStateException("unknown match " + match);
            }
        }
        return rules;
    }

    private static AlertMappingRule.Match match(String text, String field, Fields fields) {
        if (text == null) {
            fields.check(false, field, "field.required");
            return null;
        }
        try {
            return AlertMappingRule.Match.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            fields.check(false, field, "field.unknown-value", Arrays.toString(AlertMappingRule.Match.values()));
            return null;
        }
    }

    private static String text(String text, String field, Fields fields) {
        boolean valid = text != null && !text.isBlank() && text.length() <= AlertMappingRule.MAX_LENGTH;
        fields.check(valid, field, "field.invalid-identifier");
        return valid ? text.strip() : null;
    }

    private static java.util.Optional<String> attribute(String given, String otherwise, String at, Fields fields) {
        if (given == null) {
            return java.util.Optional.of(otherwise);
        }
        return java.util.Optional.ofNullable(text(given, at + ".attribute", fields));
    }
}
