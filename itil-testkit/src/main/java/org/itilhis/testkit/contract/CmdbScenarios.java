package org.itilhis.testkit.contract;

import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.cmdb.AssetTag;
import org.itilhis.core.cmdb.CiAction;
import org.itilhis.core.cmdb.CiClassCatalogue;
import org.itilhis.core.cmdb.CiDetails;
import org.itilhis.core.cmdb.CiEvent;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiLocation;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.cmdb.ConfigurationItem;
import org.itilhis.core.cmdb.RedundancyRule;
import org.itilhis.core.cmdb.RelationshipRules;
import org.itilhis.core.cmdb.RelationshipType;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.testkit.DemoHospital;

/**
 * Configuration items of the hospital's default classes for the CMDB contracts: registered
 * with any details in any status, and one with every optional part, attributes,
 * relationships and redundancy rules. Instants are whole microseconds plus a few
 * nanoseconds, which a serialising adapter must keep.
 */
final class CmdbScenarios {
    static final CiClassCatalogue CLASSES = CiClassCatalogue.hospitalDefault();
    static final RelationshipRules RULES = RelationshipRules.allowingEverything();
    static final StaffId QIAN = DemoHospital.CONFIG_MANAGER_QIAN.staffId();
    static final Instant REGISTERED_AT = Instant.parse("2026-03-02T08:15:30.123456007Z");

    private CmdbScenarios() {
    }

    /** A new item of {@code classCode} with {@code details}, in {@code status} (disposed ones are retired, then disposed). */
    static ConfigurationItem register(CiId id, String classCode, CiDetails details, CiStatus status) {
        if (status == CiStatus.DISPOSED) {
            ConfigurationItem item = ConfigurationItem.register(id, CLASSES.get(classCode), details, CiStatus.RETIRED,
                    QIAN, REGISTERED_AT);
            item.take(CiAction.DISPOSE, null, "scrapped by the certified recycler 回收", QIAN, at(1));
            return item;
        }
        return ConfigurationItem.register(id, CLASSES.get(classCode), details, status, QIAN, REGISTERED_AT);
    }

    /** A workstation in use on ward 5 east with only the required hostname. */
    static ConfigurationItem workstation(CiId id, String assetTag) {
        return register(id, "workstation", CiDetails.of(AssetTag.of(assetTag), "Ward 5E PC " + assetTag,
                ServiceCriticality.GENERAL).withAttributes(Map.of("hostname", assetTag.toLowerCase())), CiStatus.IN_USE);
    }

    /**
     * A server with every optional part of its details, every attribute of its class,
     * relationships of several types to {@code dependencies} (at least two) and redundancy rules by count and by
     * share, deployed from stock to a room (so its history has a lifecycle step), with Chinese text.
     */
    static ConfigurationItem fullyDetailed(CiId id, String assetTag, ConfigurationItem... dependencies) {
        CiDetails details = new CiDetails(AssetTag.of(assetTag), "HIS 应用服务器 1 (application server)",
                Optional.of("SN-7X3-2291"), CiLocation.of("Main campus 本院", "Building 2", "B1", "Data centre"),
                Optional.of(DemoHospital.IT), Optional.of(DemoHospital.HIS_SUPPORT),
                ServiceCriticality.CLINICAL_CRITICAL, Optional.of("浪潮 Inspur"),
                Optional.of(LocalDate.of(2029, 12, 31)),
                ImmutableMap.<String, String>builder()
                        .put("manufacturer", "Inspur").put("model", "NF5280M6")
                        .put("hostname", "his-app-01").put("ipAddress", "FE80::1:A1").put("macAddress", "00-1A-2B-3C-4D-5E")
                        .put("cpuCores", "64").put("memoryGb", "512").put("operatingSystem", "Kylin V10 麒麟")
                        .buildOrThrow());
        ConfigurationItem item = register(id, "server", details, CiStatus.IN_STOCK);
        item.take(CiAction.DEPLOY, CiLocation.of("Main campus 本院", "Building 2", "B1", "Data centre rack 4"), null,
                QIAN, at(2));
        item.relate(RelationshipType.PART_OF, dependencies[0], RULES, QIAN, at(3));
        item.relate(RelationshipType.CONNECTED_TO, dependencies[1], RULES, QIAN, at(4));
        for (int i = 0; i < dependencies.length; i++) {
            item.relate(RelationshipType.DEPENDS_ON, dependencies[i], RULES, QIAN, at(5 + i));
        }
        item.declareRedundancy(RedundancyRule.downWhen(RelationshipType.DEPENDS_ON, 2), QIAN, at(10));
        item.declareRedundancy(RedundancyRule.downWhenPercent(RelationshipType.CONNECTED_TO, 50), QIAN, at(11));
        return item;
    }

    /** Details of an item for the search fixtures. */
    static CiDetails details(String assetTag, String name, CiLocation location, DepartmentId owner,
                             Map<String, String> attributes) {
        return CiDetails.of(AssetTag.of(assetTag), name, ServiceCriticality.IMPORTANT).withLocation(location)
                .withOwner(owner, null).withAttributes(attributes);
    }

    static Instant at(int minutes) {
        return REGISTERED_AT.plus(Duration.ofMinutes(minutes));
    }

    /**
     * The pulled events of a few items, one list per item, oldest first, covering every
     * {@link org.itilhis.core.cmdb.CiEvent} type with optional parts present and absent.
     * Identities are random, so each call gives new items.
     */
    static List<List<CiEvent>> everyEventType() {
        ConfigurationItem cluster = workstation(new CiId(UUID.randomUUID()), "CLU-HIS-01");
        ConfigurationItem core = workstation(new CiId(UUID.randomUUID()), "NET-CORE-01");
        ConfigurationItem server = fullyDetailed(new CiId(UUID.randomUUID()), "SRV-HIS-01", cluster, core);
        server.change(CLASSES.get("server"), server.details().withSerialNumber("SN-7X3-2291-R").withVendor(null, null),
                "主板更换 (mainboard replaced)", QIAN, at(20));
        server.change(CLASSES.get("server"), server.details().withOwner(DemoHospital.IT, null), null, QIAN, at(21));
        server.unrelate(RelationshipType.CONNECTED_TO, core.id(), QIAN, at(22));
        server.withdrawRedundancy(RelationshipType.CONNECTED_TO, QIAN, at(23));
        server.take(CiAction.SEND_TO_REPAIR, null, "fan failure", QIAN, at(24));
        server.take(CiAction.RETURN_FROM_REPAIR, null, null, QIAN, at(25));
        ConfigurationItem disposed = register(new CiId(UUID.randomUUID()), "workstation", CiDetails.of(
                AssetTag.of("WS-OLD-0001"), "Retired PC", ServiceCriticality.GENERAL)
                .withAttributes(Map.of("hostname", "ws-old-0001")), CiStatus.DISPOSED);
        List<CiEvent> clusterHistory = new ArrayList<>(cluster.pullEvents());
        clusterHistory.add(new CiEvent.AffectedByTicket(cluster.id(), new TicketId(UUID.randomUUID()),
                TicketNumber.parse("INC-2026-000904"), DemoHospital.AGENT_CHEN.staffId(), at(30)));
        return List.of(clusterHistory, core.pullEvents(), server.pullEvents(), disposed.pullEvents());
    }
}
