package org.itilhis.adapters.jdbc.common;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.util.function.Function;
import org.itilhis.core.availability.DeclaredOutageId;
import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.backup.BackupRunId;
import org.itilhis.core.backup.RestoreTestId;
import org.itilhis.core.change.ApprovalRule;
import org.itilhis.core.change.CabId;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.change.schedule.ChangeWindow;
import org.itilhis.core.change.schedule.ChangeWindowId;
import org.itilhis.core.cmdb.AssetTag;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.contact.ContactOutcome;
import org.itilhis.core.knowledge.ArticleId;
import org.itilhis.core.knowledge.ArticleNumber;
import org.itilhis.core.machineroom.EntryContent;
import org.itilhis.core.machineroom.EnvironmentReading;
import org.itilhis.core.machineroom.MachineRoomEntryId;
import org.itilhis.core.notification.WebhookId;
import org.itilhis.core.machineroom.RoomAccess;
import org.itilhis.core.machineroom.RoomEvent;
import org.itilhis.core.priority.Impact;
import org.itilhis.core.priority.Urgency;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.problem.ProblemNumber;
import org.itilhis.core.release.ReleaseId;
import org.itilhis.core.release.ReleaseNumber;
import org.itilhis.core.release.SoftwareVersion;
import org.itilhis.core.inspection.RoundId;
import org.itilhis.core.inspection.ScheduleId;
import org.itilhis.core.repair.RepairId;
import org.itilhis.core.roster.HandoverId;
import org.itilhis.core.roster.RosterId;
import org.itilhis.core.roster.SwapId;
import org.itilhis.core.routing.CategoryCode;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.ports.common.EventTypes;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.LocationId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.stock.StockItemCode;
import org.itilhis.core.stock.StockMovementId;
import org.itilhis.core.stock.StoreRoomCode;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.ports.common.StorageException;

/**
 * Snapshots (of tickets, contacts, configuration items, problems, articles, changes, releases, rosters, swaps and handovers), events, the SLA configuration, calendar definitions, clock watches, the change configuration (advisory boards, templates, windows) and the groups' shifts as JSON, with Jackson: records by their components, {@code Optional}
 * as the value or null, instants as ISO-8601 text (nanoseconds kept), Guava immutable
 * collections as arrays, identities and codes as plain strings (also as map keys: a board's
 * members by staff id), and the records of a sealed value type (a board's approval rule, a
 * window's timing) told apart by {@code kind}. An event's JSON carries its
 * fields only; its {@link DomainEvent#type() type name} is stored beside it and picks the
 * record class when reading. Unknown properties are ignored, so a row written by a newer
 * version with an added field still reads.
 */
public final class JsonCodec {
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(new GuavaModule())
            .addModule(valuesAsText())
            .addMixIn(ContactOutcome.class, ContactOutcomeJson.class)
            .addMixIn(ApprovalRule.class, ApprovalRuleJson.class)
            .addMixIn(ChangeWindow.Timing.class, WindowTimingJson.class)
            .addMixIn(EntryContent.class, EntryContentJson.class)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final ImmutableMap<String, Class<? extends DomainEvent>> eventClasses = EventTypes.classes();

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(checkNotNull(value, "value"));
        } catch (JsonProcessingException e) {
            throw StorageFailures.of("writing " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(checkNotNull(json, "json"), type);
        } catch (JsonProcessingException e) {
            throw StorageFailures.of("reading a stored " + type.getSimpleName(), e);
        }
    }

    /**
     * The type name under which {@code event} is stored.
     *
     * @throws IllegalArgumentException if the event is not one of the types this codec reads back
     */
    String typeOf(DomainEvent event) {
        String type = event.type();
        checkArgument(event.getClass().equals(eventClasses.get(type)), "event type %s of %s cannot be read back",
                type, event.getClass().getName());
        return type;
    }

    DomainEvent readEvent(String type, String json) {
        Class<? extends DomainEvent> eventClass = eventClasses.get(type);
        if (eventClass == null) {
            throw new StorageException("unknown event type " + type + " in the event log", null);
        }
        return read(json, eventClass);
    }

    /** Single-value identities and codes as JSON strings rather than one-field objects. */
    private static SimpleModule valuesAsText() {
        SimpleModule module = new SimpleModule("itilhis-values");
        asText(module, StaffId.class, StaffId::value, StaffId::of);
        asText(module, GroupId.class, GroupId::value, GroupId::of);
        asText(module, DepartmentId.class, DepartmentId::value, DepartmentId::of);
        asText(module, LocationId.class, LocationId::value, LocationId::of);
        asText(module, CategoryCode.class, CategoryCode::value, CategoryCode::of);
        asText(module, Impact.class, Impact::code, Impact::of);
        asText(module, Urgency.class, Urgency::code, Urgency::of);
        asText(module, TicketId.class, TicketId::toString, TicketId::parse);
        asText(module, ContactId.class, ContactId::toString, ContactId::parse);
        asText(module, TicketNumber.class, TicketNumber::toString, TicketNumber::parse);
        asText(module, CiId.class, CiId::toString, CiId::parse);
        asText(module, AssetTag.class, AssetTag::value, AssetTag::of);
        asText(module, ProblemId.class, ProblemId::toString, ProblemId::parse);
        asText(module, ProblemNumber.class, ProblemNumber::toString, ProblemNumber::parse);
        asText(module, ArticleId.class, ArticleId::toString, ArticleId::parse);
        asText(module, ArticleNumber.class, ArticleNumber::toString, ArticleNumber::parse);
        asText(module, ChangeId.class, ChangeId::toString, ChangeId::parse);
        asText(module, ChangeNumber.class, ChangeNumber::toString, ChangeNumber::parse);
        asText(module, CabId.class, CabId::value, CabId::of);
        asText(module, ChangeWindowId.class, ChangeWindowId::value, ChangeWindowId::of);
        // a board's members are a map by staff id: the key as the same plain text
        module.addKeySerializer(StaffId.class, new StdSerializer<StaffId>(StaffId.class) {
            @Override
            public void serialize(StaffId value, JsonGenerator generator, SerializerProvider provider) throws IOException {
                generator.writeFieldName(value.value());
            }
        });
        module.addKeyDeserializer(StaffId.class, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext context) {
                return StaffId.of(key);
            }
        });
        asText(module, ReleaseId.class, ReleaseId::toString, ReleaseId::parse);
        asText(module, ReleaseNumber.class, ReleaseNumber::toString, ReleaseNumber::parse);
        asText(module, SoftwareVersion.class, SoftwareVersion::value, SoftwareVersion::of);
        asText(module, RosterId.class, RosterId::toString, RosterId::parse);
        asText(module, SwapId.class, SwapId::toString, SwapId::parse);
        asText(module, HandoverId.class, HandoverId::toString, HandoverId::parse);
        // operations: inspections
        asText(module, ScheduleId.class, ScheduleId::toString, ScheduleId::parse);
        asText(module, RoundId.class, RoundId::toString, RoundId::parse);
        // operations: backups
        asText(module, BackupJobCode.class, BackupJobCode::value, BackupJobCode::of);
        asText(module, BackupRunId.class, BackupRunId::toString, BackupRunId::parse);
        asText(module, RestoreTestId.class, RestoreTestId::toString, RestoreTestId::parse);
        // operations: stock
        asText(module, StockItemCode.class, StockItemCode::value, StockItemCode::of);
        asText(module, StoreRoomCode.class, StoreRoomCode::value, StoreRoomCode::of);
        asText(module, StockMovementId.class, StockMovementId::toString, StockMovementId::parse);
        asText(module, RepairId.class, RepairId::toString, RepairId::parse);
        asText(module, MachineRoomEntryId.class, MachineRoomEntryId::toString, MachineRoomEntryId::parse);
        asText(module, WebhookId.class, WebhookId::toString, WebhookId::parse);
        // availability
        asText(module, DeclaredOutageId.class, DeclaredOutageId::toString, DeclaredOutageId::parse);
        return module;
    }

    private static <T> void asText(SimpleModule module, Class<T> type, Function<T, String> write,
                                   Function<String, T> read) {
        module.addSerializer(type, new StdSerializer<T>(type) {
            @Override
            public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
                generator.writeString(write.apply(value));
            }
        });
        module.addDeserializer(type, new StdDeserializer<T>(type) {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                return read.apply(parser.getValueAsString());
            }
        });
    }

    /** The outcome of a contact is one of four records, told apart by {@code kind}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = ContactOutcome.Pending.class, name = "pending"),
            @JsonSubTypes.Type(value = ContactOutcome.ResolvedAtFirstContact.class, name = "resolved-at-first-contact"),
            @JsonSubTypes.Type(value = ContactOutcome.RaisedAsTicket.class, name = "raised-as-ticket"),
            @JsonSubTypes.Type(value = ContactOutcome.LinkedToTicket.class, name = "linked-to-ticket")})
    private interface ContactOutcomeJson {
    }

    /** A board's approval rule is one of five records (the last nesting others), told apart by {@code kind}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = ApprovalRule.AtLeast.class, name = "at-least"),
            @JsonSubTypes.Type(value = ApprovalRule.Percentage.class, name = "percentage"),
            @JsonSubTypes.Type(value = ApprovalRule.RoleMustApprove.class, name = "role-must-approve"),
            @JsonSubTypes.Type(value = ApprovalRule.Quorum.class, name = "quorum"),
            @JsonSubTypes.Type(value = ApprovalRule.AllOf.class, name = "all-of")})
    private interface ApprovalRuleJson {
    }

    /** A change window occurs every week or once, told apart by {@code kind}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = ChangeWindow.Timing.Weekly.class, name = "weekly"),
            @JsonSubTypes.Type(value = ChangeWindow.Timing.Dated.class, name = "dated")})
    private interface WindowTimingJson {
    }

    /**
     * A machine room log entry records a visit, a reading or an event, told apart by {@code entry}
     * (an event has a {@code kind} of its own).
     */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "entry")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = RoomAccess.class, name = "access"),
            @JsonSubTypes.Type(value = EnvironmentReading.class, name = "reading"),
            @JsonSubTypes.Type(value = RoomEvent.class, name = "event")})
    private interface EntryContentJson {
    }
}
