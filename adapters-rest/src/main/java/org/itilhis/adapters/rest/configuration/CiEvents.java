package org.itilhis.adapters.rest.configuration;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.itilhis.adapters.rest.servicedesk.EventJson;
import org.itilhis.core.cmdb.CiDetails;
import org.itilhis.core.cmdb.CiEvent;
import org.itilhis.core.cmdb.CiLocation;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.GroupId;

/**
 * A configuration item's history as {@link EventJson}: the stable type ({@code ci.registered},
 * {@code ci.lifecycle-step-taken}), who, when, and the facts of the change in {@code data};
 * details are given whole, with the field names of {@link CiJson}.
 */
public final class CiEvents {
    private CiEvents() {
    }

    public static EventJson of(CiEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        event.accept(new Data(data));
        data.values().removeIf(value -> value == null);
        return new EventJson(event.type(), event.actor().value(), event.occurredAt(), Collections.unmodifiableMap(data));
    }

    /** The facts of each configuration item event that its entry shows. */
    private record Data(Map<String, Object> data) implements CiEvent.Visitor<Void> {
        @Override
        public Void registered(CiEvent.Registered e) {
            data.put("classCode", e.classCode());
            data.put("status", e.status());
            details(e.details(), data);
            return null;
        }

        @Override
        public Void detailsChanged(CiEvent.DetailsChanged e) {
            details(e.details(), data);
            data.put("note", e.note().orElse(null));
            return null;
        }

        @Override
        public Void lifecycleStepTaken(CiEvent.LifecycleStepTaken e) {
            data.put("action", CmdbNames.segment(e.action()));
            data.put("status", e.status());
            e.location().ifPresent(location -> data.put("location", location(location)));
            data.put("note", e.note().orElse(null));
            return null;
        }

        @Override
        public Void relationshipAdded(CiEvent.RelationshipAdded e) {
            data.put("type", e.relationshipType());
            data.put("to", e.to().toString());
            return null;
        }

        @Override
        public Void relationshipRemoved(CiEvent.RelationshipRemoved e) {
            data.put("type", e.relationshipType());
            data.put("to", e.to().toString());
            return null;
        }

        @Override
        public Void redundancyDeclared(CiEvent.RedundancyDeclared e) {
            data.put("through", e.rule().through());
            data.put("failedMembers", e.rule().failedMembers() > 0 ? e.rule().failedMembers() : null);
            data.put("percent", e.rule().percent() > 0 ? e.rule().percent() : null);
            return null;
        }

        @Override
        public Void redundancyWithdrawn(CiEvent.RedundancyWithdrawn e) {
            data.put("through", e.relationshipType());
            return null;
        }

        @Override
        public Void affectedByTicket(CiEvent.AffectedByTicket e) {
            data.put("ticket", e.ticketId().toString());
            data.put("number", e.ticketNumber().toString());
            return null;
        }
    }

    private static void details(CiDetails details, Map<String, Object> data) {
        data.put("assetTag", details.assetTag().value());
        data.put("name", details.name());
        data.put("serialNumber", details.serialNumber().orElse(null));
        data.putAll(location(details.location()));
        data.put("owningDepartment", details.owningDepartment().map(DepartmentId::value).orElse(null));
        data.put("supportGroup", details.supportGroup().map(GroupId::value).orElse(null));
        data.put("criticality", details.criticality());
        data.put("vendor", details.vendor().orElse(null));
        data.put("warrantyEnd", details.warrantyEnd().orElse(null));
        data.put("attributes", details.attributes());
    }

    private static Map<String, Object> location(CiLocation location) {
        Map<String, Object> parts = new LinkedHashMap<>();
        location.campus().ifPresent(v -> parts.put("campus", v));
        location.building().ifPresent(v -> parts.put("building", v));
        location.floor().ifPresent(v -> parts.put("floor", v));
        location.room().ifPresent(v -> parts.put("room", v));
        return parts;
    }
}
