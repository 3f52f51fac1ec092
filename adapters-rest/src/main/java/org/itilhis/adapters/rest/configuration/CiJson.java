package org.itilhis.adapters.rest.configuration;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.itilhis.core.cmdb.CiDetails;
import org.itilhis.core.cmdb.CiSnapshot;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.cmdb.RedundancyRule;
import org.itilhis.core.cmdb.Relationship;
import org.itilhis.core.cmdb.RelationshipType;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.configuration.in.CiView;

/**
 * A configuration item: its identity, location, ownership, criticality, vendor, the values of
 * its class's attributes, its lifecycle status, the relationships it starts and its redundancy
 * rules, and its version (the {@code ETag}). The detail fields are laid out as a registration
 * or an update sends them, so that what is read can be edited and sent back.
 */
public record CiJson(UUID id, String classCode, String assetTag, String name, String serialNumber, String campus,
                     String building, String floor, String room, String owningDepartment, String supportGroup,
                     ServiceCriticality criticality, String vendor, LocalDate warrantyEnd,
                     Map<String, String> attributes, CiStatus status, List<RelationshipJson> relationships,
                     List<RedundancyRuleJson> redundancy, long version) {

    public static CiJson of(CiView view) {
        CiSnapshot item = view.item();
        CiDetails details = item.details();
        List<RelationshipJson> relationships = item.relationships().stream()
                .sorted(Comparator.comparing((Relationship r) -> r.type()).thenComparing(r -> r.to().toString()))
                .map(r -> new RelationshipJson(r.type(), r.to().value())).toList();
        List<RedundancyRuleJson> redundancy = item.redundancy().values().stream().map(RedundancyRuleJson::of).toList();
        return new CiJson(item.id().value(), item.classCode(), details.assetTag().value(), details.name(),
                details.serialNumber().orElse(null), details.location().campus().orElse(null),
                details.location().building().orElse(null), details.location().floor().orElse(null),
                details.location().room().orElse(null), details.owningDepartment().map(DepartmentId::value).orElse(null),
                details.supportGroup().map(GroupId::value).orElse(null), details.criticality(),
                details.vendor().orElse(null), details.warrantyEnd().orElse(null), details.attributes(), item.status(),
                relationships, redundancy, item.version());
    }

    /** A relationship the item starts: "this item {@code type} {@code to}" (runs on, is part of...). */
    public record RelationshipJson(RelationshipType type, UUID to) {
    }

    /**
     * The item is down when {@code failedMembers} (or {@code percent}%) of what it needs through
     * {@code through} are down, degraded before; the unused one of the two is absent.
     */
    public record RedundancyRuleJson(RelationshipType through, Integer failedMembers, Integer percent) {
        static RedundancyRuleJson of(RedundancyRule rule) {
            return new RedundancyRuleJson(rule.through(), rule.failedMembers() > 0 ? rule.failedMembers() : null,
                    rule.percent() > 0 ? rule.percent() : null);
        }
    }

    /**
     * Items found by a lookup, ordered by asset tag; {@code next} is the cursor of the following
     * page, absent on the last.
     */
    public record CiPageJson(List<CiJson> items, String next) {
    }

    /** Items near a contact's caller, ordered by asset tag; not paged, at most the limit asked for. */
    public record CiListJson(List<CiJson> items) {
    }
}
