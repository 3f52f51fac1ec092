package org.itilhis.core.cmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.workflow.IllegalTransitionException;
import org.itilhis.core.workflow.MissingRequiredFieldException;
import org.junit.jupiter.api.Test;

class ConfigurationItemTest {
    static final CiClassCatalogue CLASSES = CiClassCatalogue.hospitalDefault();
    static final RelationshipRules RULES = RelationshipRules.hospitalDefault(CLASSES);
    static final StaffId QIAN = StaffId.of("K0001");
    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    static final CiLocation SERVER_ROOM = CiLocation.of("Main campus", "Building 7", "B1", "Server room 1");

    static CiDetails serverDetails(String tag) {
        return CiDetails.of(AssetTag.of(tag), "HIS application server", ServiceCriticality.CLINICAL_CRITICAL)
                .withSerialNumber("CN7H2K9")
                .withOwner(DepartmentId.of("it"), GroupId.of("his-second-line"))
                .withVendor("Huawei", LocalDate.parse("2029-06-30"))
                .withAttributes(Map.of("hostname", "his-app-01", "ipAddress", "10.1.20.11",
                        "macAddress", "00-1A-2B-3C-4D-5E"));
    }

    static ConfigurationItem server(int n, CiStatus status) {
        return ConfigurationItem.register(new CiId(new UUID(7, n)), CLASSES.get("server"),
                serverDetails("SRV-" + n), status, QIAN, T0);
    }

    static ConfigurationItem his() {
        return ConfigurationItem.register(new CiId(new UUID(8, 1)), CLASSES.get("his"),
                CiDetails.of(AssetTag.of("APP-HIS"), "HIS", ServiceCriticality.CLINICAL_CRITICAL), CiStatus.IN_USE,
                QIAN, T0);
    }

    @Test
    void aRegisteredItemKeepsItsDetailsWithAttributesInStoredForm() {
        ConfigurationItem server = server(1, CiStatus.ORDERED);

        assertThat(server.status()).isEqualTo(CiStatus.ORDERED);
        assertThat(server.version()).isEqualTo(1);
        assertThat(server.details().attribute("macAddress")).contains("00:1a:2b:3c:4d:5e");
        assertThat(server.pendingEvents()).singleElement().isInstanceOf(CiEvent.Registered.class);
        assertThat(server.pendingEvents().get(0).type()).isEqualTo("ci.registered");
    }

    @Test
    void attributesThatDoNotFitTheClassAreAllRefusedAtOnce() {
        CiDetails details = serverDetails("SRV-9").withAttributes(Map.of("ipAddress", "10.1.300.1", "colour", "red"));

        assertThatThrownBy(() -> ConfigurationItem.register(new CiId(UUID.randomUUID()), CLASSES.get("server"), details,
                CiStatus.IN_USE, QIAN, T0))
                .isInstanceOfSatisfying(InvalidCiAttributesException.class, e -> assertThat(e.violations())
                        .extracting(AttributeViolation::attribute)
                        .containsExactlyInAnyOrder("hostname", "ipAddress", "colour"));
    }

    @Test
    void aDisposedItemIsNotRegistered() {
        assertThatThrownBy(() -> server(1, CiStatus.DISPOSED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void changingToTheSameDetailsRecordsNothing() {
        ConfigurationItem server = server(1, CiStatus.IN_USE);
        server.pullEvents();

        assertThat(server.change(CLASSES.get("server"), serverDetails("SRV-1"), "re-import", QIAN, T0)).isFalse();
        assertThat(server.pendingEvents()).isEmpty();
        assertThat(server.version()).isEqualTo(1);
    }

    @Test
    void changedDetailsAreOneEventWithItsNote() {
        ConfigurationItem server = server(1, CiStatus.IN_USE);
        server.pullEvents();

        server.change(CLASSES.get("server"), serverDetails("SRV-1").withLocation(SERVER_ROOM), "moved to room 1", QIAN,
                T0.plusSeconds(60));

        assertThat(server.details().location()).isEqualTo(SERVER_ROOM);
        assertThat(server.version()).isEqualTo(2);
        assertThat(server.pullEvents()).singleElement().isInstanceOfSatisfying(CiEvent.DetailsChanged.class,
                e -> assertThat(e.note()).contains("moved to room 1"));
    }

    @Test
    void anItemCannotChangeItsClass() {
        ConfigurationItem server = server(1, CiStatus.IN_USE);

        assertThatThrownBy(() -> server.change(CLASSES.get("printer"), serverDetails("SRV-1"), null, QIAN, T0))
                .isInstanceOf(ClassChangeException.class)
                .hasMessageContaining("SRV-1");
    }

    @Test
    void deployingMovesTheItemToItsNewLocation() {
        ConfigurationItem server = server(1, CiStatus.IN_STOCK);

        server.take(CiAction.DEPLOY, SERVER_ROOM, null, QIAN, T0);

        assertThat(server.status()).isEqualTo(CiStatus.IN_USE);
        assertThat(server.details().location()).isEqualTo(SERVER_ROOM);
    }

    @Test
    void deployingWithoutALocationIsRefusedAndChangesNothing() {
        ConfigurationItem server = server(1, CiStatus.IN_STOCK);
        server.pullEvents();

        assertThatThrownBy(() -> server.take(CiAction.DEPLOY, CiLocation.UNKNOWN, "  ", QIAN, T0))
                .isInstanceOf(MissingRequiredFieldException.class);
        assertThat(server.status()).isEqualTo(CiStatus.IN_STOCK);
        assertThat(server.pendingEvents()).isEmpty();
    }

    @Test
    void aRetiredItemCannotBeDeployed() {
        ConfigurationItem server = server(1, CiStatus.RETIRED);

        assertThatThrownBy(() -> server.take(CiAction.DEPLOY, SERVER_ROOM, null, QIAN, T0))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void relationshipsAreCheckedAgainstTheRulesAndRecordedOnce() {
        ConfigurationItem his = his();
        ConfigurationItem server = server(1, CiStatus.IN_USE);

        assertThat(his.relate(RelationshipType.RUNS_ON, server, RULES, QIAN, T0)).isTrue();
        assertThat(his.relate(RelationshipType.RUNS_ON, server, RULES, QIAN, T0)).isFalse();
        assertThat(his.relationships()).containsExactly(new Relationship(his.id(), RelationshipType.RUNS_ON, server.id()));
        assertThatThrownBy(() -> server.relate(RelationshipType.RUNS_ON, his, RULES, QIAN, T0))
                .isInstanceOf(RelationshipNotAllowedException.class)
                .hasMessageContaining("server").hasMessageContaining("his");
    }

    @Test
    void anItemIsNotRelatedToItself() {
        ConfigurationItem server = server(1, CiStatus.IN_USE);

        assertThatThrownBy(() -> server.relate(RelationshipType.DEPENDS_ON, server, RULES, QIAN, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void removingAndRedundancyAreEventsToo() {
        ConfigurationItem his = his();
        ConfigurationItem server = server(1, CiStatus.IN_USE);
        his.relate(RelationshipType.RUNS_ON, server, RULES, QIAN, T0);

        assertThat(his.declareRedundancy(RedundancyRule.downWhen(RelationshipType.RUNS_ON, 2), QIAN, T0)).isTrue();
        assertThat(his.declareRedundancy(RedundancyRule.downWhen(RelationshipType.RUNS_ON, 2), QIAN, T0)).isFalse();
        assertThat(his.unrelate(RelationshipType.RUNS_ON, server.id(), QIAN, T0)).isTrue();
        assertThat(his.unrelate(RelationshipType.RUNS_ON, server.id(), QIAN, T0)).isFalse();
        assertThat(his.withdrawRedundancy(RelationshipType.RUNS_ON, QIAN, T0)).isTrue();

        assertThat(his.relationships()).isEmpty();
        assertThat(his.redundancy()).isEmpty();
        assertThat(his.version()).isEqualTo(5);
    }

    @Test
    void replayingTheHistoryGivesTheSameItem() {
        ConfigurationItem server = server(1, CiStatus.ORDERED);
        List<CiEvent> history = new ArrayList<>(server.pullEvents());
        server.take(CiAction.RECEIVE, null, null, QIAN, T0.plusSeconds(1));
        server.take(CiAction.DEPLOY, SERVER_ROOM, null, QIAN, T0.plusSeconds(2));
        server.declareRedundancy(RedundancyRule.downWhenPercent(RelationshipType.DEPENDS_ON, 50), QIAN, T0.plusSeconds(3));
        history.addAll(server.pullEvents());

        assertThat(ConfigurationItem.replay(history).snapshot()).isEqualTo(server.snapshot());
        assertThat(ConfigurationItem.restore(server.snapshot()).snapshot()).isEqualTo(server.snapshot());
    }

    @Test
    void theHistoryReadsAsOfAnyPastInstant() {
        ConfigurationItem server = server(1, CiStatus.IN_STOCK);
        List<CiEvent> history = new ArrayList<>(server.pullEvents());
        Instant deployed = T0.plus(Duration.ofDays(2));
        server.take(CiAction.DEPLOY, SERVER_ROOM, null, QIAN, deployed);
        server.take(CiAction.SEND_TO_REPAIR, null, "fan failure", QIAN, deployed.plus(Duration.ofDays(30)));
        history.addAll(server.pullEvents());

        assertThat(ConfigurationItem.asOf(history, T0.minusSeconds(1))).isEmpty();
        assertThat(ConfigurationItem.asOf(history, T0).orElseThrow().status()).isEqualTo(CiStatus.IN_STOCK);
        ConfigurationItem inUse = ConfigurationItem.asOf(history, deployed.plus(Duration.ofDays(1))).orElseThrow();
        assertThat(inUse.status()).isEqualTo(CiStatus.IN_USE);
        assertThat(inUse.details().location()).isEqualTo(SERVER_ROOM);
        assertThat(inUse.version()).isEqualTo(2);
        assertThat(ConfigurationItem.asOf(history, deployed.plus(Duration.ofDays(31))).orElseThrow().status())
                .isEqualTo(CiStatus.UNDER_REPAIR);
    }

    @Test
    void aTicketRecordedAgainstTheItemIsInItsHistoryButDoesNotChangeIt() {
        ConfigurationItem server = server(1, CiStatus.IN_USE);
        List<CiEvent> history = new ArrayList<>(server.pullEvents());
        history.add(new CiEvent.AffectedByTicket(server.id(), new org.itilhis.core.ticket.TicketId(new UUID(3, 3)),
                org.itilhis.core.ticket.TicketNumber.parse("INC-2026-000042"), QIAN, T0.plusSeconds(5)));

        assertThat(ConfigurationItem.replay(history).snapshot()).isEqualTo(server.snapshot());
        assertThat(history.get(1).type()).isEqualTo("ci.affected-by-ticket");
    }

    @Test
    void theNodeCarriesCriticalityAndOwningDepartment() {
        CiNode node = server(1, CiStatus.IN_USE).node(false);

        assertThat(node.criticality()).isEqualTo(ServiceCriticality.CLINICAL_CRITICAL);
        assertThat(node.owningDepartment()).contains(DepartmentId.of("it"));
    }
}
