package org.itilhis.adapters.rest.configuration;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.itilhis.core.cmdb.AffectedCi;
import org.itilhis.core.cmdb.CiDetails;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiPath;
import org.itilhis.core.cmdb.ImpactReport;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.cmdb.Relationship;
import org.itilhis.core.cmdb.RelationshipType;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.ports.configuration.in.ImpactView;

/**
 * What the failure of {@code failed} brings down or degrades: every affected item (failed ones
 * first, then nearest first) with its state and the path that explains it, the business
 * services and clinical-critical services among them, the departments owning affected items,
 * the open tickets already recorded against them, and the criticality an incident on the
 * failure takes from the services it reaches.
 */
public record ImpactJson(List<CiRefJson> failed, List<AffectedCiJson> affected, List<CiRefJson> businessServices,
                         List<CiRefJson> clinicalCriticalServices, List<DepartmentImpactJson> departments,
                         List<OpenTicketJson> openTickets, ServiceCriticality highestServiceCriticality) {

    public static ImpactJson of(ImpactView view) {
        ImpactReport report = view.report();
        Function<CiId, CiDetails> details = id -> view.details().get(id);
        return new ImpactJson(
                report.failed().stream().map(id -> CiRefJson.of(id, report.affected(id)
                        .map(a -> a.item().classCode()).orElse(null), details.apply(id))).toList(),
                report.affected().stream().map(a -> AffectedCiJson.of(a, details)).toList(),
                report.businessServices().stream().map(a -> CiRefJson.of(a, details)).toList(),
                report.clinicalCriticalServices().stream().map(a -> CiRefJson.of(a, details)).toList(),
                report.departments().asMap().entrySet().stream().map(e -> new DepartmentImpactJson(e.getKey().value(),
                        e.getValue().stream().map(a -> assetTag(a.id(), details)).toList())).toList(),
                view.openTickets().stream().map(OpenTicketJson::of).toList(),
                report.highestServiceCriticality().orElse(null));
    }

    /** An item named by id, asset tag, name and class. */
    public record CiRefJson(UUID id, String assetTag, String name, String classCode) {
        public static CiRefJson of(CiId id, String classCode, CiDetails details) {
            return new CiRefJson(id.value(), details == null ? null : details.assetTag().value(),
                    details == null ? null : details.name(), classCode);
        }

        static CiRefJson of(AffectedCi affected, Function<CiId, CiDetails> details) {
            return of(affected.id(), affected.item().classCode(), details.apply(affected.id()));
        }
    }

    /**
     * An affected item: its state, how critical it is, whether it is a (clinical-critical)
     * business service, its owning department, and one shortest path from a failed item to it.
     */
    public record AffectedCiJson(UUID id, String assetTag, String name, String classCode, OperationalState state,
                                 ServiceCriticality criticality, boolean businessService, boolean clinicalCritical,
                                 String owningDepartment, CiPathJson path) {
        static AffectedCiJson of(AffectedCi affected, Function<CiId, CiDetails> details) {
            CiDetails found = details.apply(affected.id());
            return new AffectedCiJson(affected.id().value(), found == null ? null : found.assetTag().value(),
                    found == null ? null : found.name(), affected.item().classCode(), affected.state(),
                    affected.item().criticality(), affected.item().businessService(),
                    affected.item().isClinicalCriticalService(),
                    affected.item().owningDepartment().map(DepartmentId::value).orElse(null),
                    CiPathJson.of(affected.path(), id -> ImpactJson.assetTag(id, details)));
        }
    }

    /**
     * A walk through the relationships: the items from start to end (ids and asset tags), and
     * each relationship walked as stored ({@code from type to}), which may point either way.
     */
    public record CiPathJson(List<UUID> cis, List<String> assetTags, List<PathRelationshipJson> relationships) {
        public static CiPathJson of(CiPath path, Function<CiId, String> assetTags) {
            return new CiPathJson(path.cis().stream().map(CiId::value).toList(),
                    path.cis().stream().map(assetTags).toList(),
                    path.relationships().stream().map(r -> PathRelationshipJson.of(r, assetTags)).toList());
        }
    }

    /** A relationship on a path: "{@code fromAssetTag} {@code type} {@code toAssetTag}". */
    public record PathRelationshipJson(UUID from, String fromAssetTag, RelationshipType type, UUID to,
                                       String toAssetTag) {
        static PathRelationshipJson of(Relationship relationship, Function<CiId, String> assetTags) {
            return new PathRelationshipJson(relationship.from().value(), assetTags.apply(relationship.from()),
                    relationship.type(), relationship.to().value(), assetTags.apply(relationship.to()));
        }
    }

    /** A department whose items are affected, with their asset tags, nearest first. */
    public record DepartmentImpactJson(String department, List<String> assetTags) {
    }

    private static String assetTag(CiId id, Function<CiId, CiDetails> details) {
        CiDetails found = details.apply(id);
        return found == null ? id.toString() : found.assetTag().value();
    }
}
