package org.itilhis.adapters.rest.configuration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.core.cmdb.CiAction;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.cmdb.RelationshipType;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.CmdbCommand;

/**
 * The bodies of the CMDB's changing requests, each turning itself into its {@link CmdbCommand}.
 * A registration and an update carry the item's details flat, as {@link CiJson} shows them;
 * their fields are validated under those names ({@link #FIELD_NAMES}).
 */
public final class CiRequestJson {
    private static final Pattern ASSET_TAG = Pattern.compile("(?U)\\s*[^\\s\\p{Cntrl}]+\\s*");
    private static final Pattern MAP_ENTRY = Pattern.compile("attributes\\[(.*)]\\.<map (?:key|value)>");

    private CiRequestJson() {
    }

    /**
     * The field a client sent for a command's property path: {@code data.assetTag} is
     * {@code assetTag}, {@code data.attributes[hostname].<map value>} is {@code attributes.hostname}.
     */
    public static String fieldName(String propertyPath) {
        String field = propertyPath.startsWith("data.") ? propertyPath.substring("data.".length()) : propertyPath;
        return MAP_ENTRY.matcher(field).replaceAll("attributes.$1");
    }

    /** {@code POST /cis}: a new item of {@code classCode}, in {@code status} (ordered when absent). */
    public record RegisterCiJson(String classCode, CiStatus status, String assetTag, String name, String serialNumber,
                                 String campus, String building, String floor, String room, String owningDepartment,
                                 String supportGroup, ServiceCriticality criticality, String vendor,
                                 LocalDate warrantyEnd, Map<String, String> attributes) {
        public CmdbCommand.RegisterCi command(Actor actor, Fields fields) {
            checkAssetTag(assetTag, fields);
            return new CmdbCommand.RegisterCi(actor, classCode, new CiData(assetTag, name, serialNumber, campus, building,
                    floor, room, owningDepartment, supportGroup, criticality, vendor, warrantyEnd, attributes), status);
        }
    }

    /** {@code PUT /cis/{id}}: the item's details as a whole (its class and status stay), and why. */
    public record UpdateCiJson(String assetTag, String name, String serialNumber, String campus, String building,
                               String floor, String room, String owningDepartment, String supportGroup,
                               ServiceCriticality criticality, String vendor, LocalDate warrantyEnd,
                               Map<String, String> attributes, String note) {
        public CmdbCommand.UpdateCi command(Actor actor, CiId ci, Long expectedVersion, Fields fields) {
            checkAssetTag(assetTag, fields);
            return new CmdbCommand.UpdateCi(actor, ci, expectedVersion, new CiData(assetTag, name, serialNumber, campus,
                    building, floor, room, owningDepartment, supportGroup, criticality, vendor, warrantyEnd,
                    attributes), note);
        }
    }

    /**
     * {@code POST /cis/{id}/lifecycle}: the step ({@code deploy}, {@code send-to-repair}...), where
     * a deployed item goes, and the reason of a withdrawal, repair or retirement or how the item
     * was disposed of.
     */
    public record LifecycleJson(String action, LocationJson location, String note) {
        public CmdbCommand.TakeLifecycleStep command(Actor actor, CiId ci, Long expectedVersion, Fields fields) {
            CiAction step = CmdbNames.parse(CiAction.class, "action", action, fields);
            CmdbCommand.LocationData where = location == null ? null
                    : new CmdbCommand.LocationData(location.campus(), location.building(), location.floor(),
                    location.room());
            return new CmdbCommand.TakeLifecycleStep(actor, ci, expectedVersion, step, where, note);
        }
    }

    /** A location in a request; every part optional. */
    public record LocationJson(String campus, String building, String floor, String room) {
    }

    /** {@code POST /cis/{id}/relationships}: "this item {@code type} {@code to}" ({@code RUNS_ON} or {@code runs-on}). */
    public record RelateJson(String type, String to) {
        public CmdbCommand.Relate command(Actor actor, CiId ci, Long expectedVersion, Fields fields) {
            RelationshipType relationship = CmdbNames.parse(RelationshipType.class, "type", type, fields);
            UUID other = fields.uuid("to", to);
            return new CmdbCommand.Relate(actor, ci, expectedVersion, relationship, other == null ? null : new CiId(other));
        }
    }

    /** {@code PUT /cis/{id}/redundancy/{type}}: down when {@code failedMembers}, or {@code percent}%, are down; one of the two. */
    public record RedundancyJson(Integer failedMembers, Integer percent) {
        public CmdbCommand.DeclareRedundancy command(Actor actor, CiId ci, Long expectedVersion,
                                                     RelationshipType through, Fields fields) {
            fields.check((failedMembers != null && failedMembers > 0) != (percent != null && percent > 0),
                    "failedMembers", "field.redundancy-count-or-percent");
            return new CmdbCommand.DeclareRedundancy(actor, ci, expectedVersion, through,
                    failedMembers == null ? 0 : failedMembers, percent == null ? 0 : percent);
        }
    }

    /** {@code POST /impact}: the ids of the items that failed. */
    public record ImpactRequestJson(List<String> failed) {
    }

    /** {@code POST /tickets/{id}/affected-cis}: the ids of the items the ticket affects. */
    public record AffectedCisRequestJson(List<String> cis) {
    }

    private static void checkAssetTag(String assetTag, Fields fields) {
        fields.check(assetTag == null || assetTag.isBlank() || ASSET_TAG.matcher(assetTag).matches(), "assetTag",
                "itilhis.cmdb.asset-tag");
    }
}
