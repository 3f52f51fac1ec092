package org.itilhis.adapters.rest.configuration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.itilhis.core.cmdb.AffectedCi;
import org.itilhis.core.cmdb.CiDetails;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiPath;
import org.itilhis.core.cmdb.ImpactReport;
import org.itilhis.core.cmdb.ImpactSummary;
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
 * failure takes from the services it reaches; and the summary of it all (counts by state, of
 * services and of departments). Asked for a page, {@code affected} and {@code departments} hold
 * the page's items, {@code openTickets} those recorded against the failed items, the services
 * reached and the page's items, and {@code next} is the cursor of the next page, absent after the last.
 */
public record ImpactJson(List<CiRefJson> failed, List<AffectedCiJson> affected, List<CiRefJson> businessServices,
                         List<CiRefJson> clinicalCriticalServices, List<DepartmentImpactJson> departments,
                         List<OpenTicketJson> openTickets, ServiceCriticality highestServiceCriticality,
                         ImpactSummaryJson summary, String next) {

    /** The whole answer, every affected item in it. */
    public static ImpactJson of(ImpactView view) {
        return of(view, view.report().affected(), null);
    }

    /** The page of at most {@code limit} affected items from the {@code offset}-th on. */
    public static ImpactJson page(ImpactView view, int offset, int limit) {
        ImpactReport report = view.report();
        long end = (long) offset + limit;
        String next = end < report.affectedCount() ? new ImpactCursor((int) end).token() : null;
        return of(view, report.affected(offset, limit), next);
    }

    private static ImpactJson of(ImpactView view, List<AffectedCi> affected, String next) {
        ImpactReport report = view.report();
        ImpactSummary summary = report.summary();
        Function<CiId, CiDetails> details = id -> view.details().get(id);
        Map<DepartmentId, List<String>> departments = new LinkedHashMap<>();
        affected.forEach(a -> a.item().owningDepartment().ifPresent(d -> departments.computeIfAbsent(d,
                key -> new ArrayList<>()).add(assetTag(a.id(), details))));
        return new ImpactJson(
                report.failed().stream().map(id -> CiRefJson.of(id, report.affected(id)
                        .map(a -> a.item().classCode()).orElse(null), details.apply(id))).toList(),
                affected.stream().map(a -> AffectedCiJson.of(a, details)).toList(),
                summary.businessServices().stream().map(a -> CiRefJson.of(a, details)).toList(),
                summary.clinicalCriticalServices().stream().map(a -> CiRefJson.of(a, details)).toList(),
                departments.entrySet().stream().map(e -> new DepartmentImpactJson(e.getKey().value(), e.getValue()))
                        .toList(),
                view.openTickets().stream().map(OpenTicketJson::of).toList(),
                summary.highestServiceCriticality().orElse(null),
                ImpactSummaryJson.of(summary), next);
    }

    /**
     * The impact in numbers: affected items (the failed ones included), how many are down and
     * degraded, the business services and clinical-critical services reached, and the
     * departments owning affected items.
     */
    public record ImpactSummaryJson(int affected, int down, int degraded, int businessServices,
                                    int clinicalCriticalServices, int departments) {
        static ImpactSummaryJson of(ImpactSummary summary) {
            return new ImpactSummaryJson(summary.affected(), summary.down(), summary.degraded(),
                    summary.businessServices().size(), summary.clinicalCriticalServices().size(), summary.departments());
        }
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
