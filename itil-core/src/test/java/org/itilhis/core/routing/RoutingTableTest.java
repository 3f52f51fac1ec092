package org.itilhis.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.routing.RoutingTable.RoutingDecision;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.LocationId;
import org.junit.jupiter.api.Test;

class RoutingTableTest {
    private static final GroupId SERVICE_DESK = GroupId.of("service-desk");
    private static final LocationId BUILDING_2 = LocationId.of("building-2");
    private static final LocationId BUILDING_3 = LocationId.of("building-3");

    private static final RoutingRule DESKTOP = RoutingRule.of("desktop", "desktop-first-line");
    private static final RoutingRule PRINTERS = RoutingRule.of("desktop.printer", "printer-support");
    private static final RoutingRule DESKTOP_IN_BUILDING_2 = RoutingRule.of("desktop", "building-2-on-site").at(BUILDING_2);
    private static final RoutingRule DESKTOP_THIN_CLIENTS = RoutingRule.of("desktop", "thin-clients").forCiClass("thin-client");
    private static final RoutingRule HIS = RoutingRule.of("his", "his-second-line");

    private final RoutingTable table = RoutingTable.of(
            List.of(DESKTOP, HIS, DESKTOP_THIN_CLIENTS, PRINTERS, DESKTOP_IN_BUILDING_2), SERVICE_DESK);

    private RoutingDecision route(String category, Optional<LocationId> location, Optional<String> ciClass) {
        return table.route(CategoryCode.of(category), location, ciClass);
    }

    private RoutingDecision route(String category) {
        return route(category, Optional.empty(), Optional.empty());
    }

    @Test
    void aRuleForACategoryCoversItsSubCategories() {
        RoutingDecision decision = route("his.pharmacy.dispensing");

        assertThat(decision.group()).isEqualTo(GroupId.of("his-second-line"));
        assertThat(decision.rule()).contains(HIS);
    }

    @Test
    void aDeeperCategoryBeatsAShallowerOne() {
        assertThat(route("desktop.printer").rule()).contains(PRINTERS);
        assertThat(route("desktop.pc").rule()).contains(DESKTOP);
    }

    @Test
    void aDeeperCategoryBeatsAShallowerOneEvenWithLocationAndCiClass() {
        RoutingRule everything = RoutingRule.of("desktop", "building-2-thin-clients").at(BUILDING_2)
                .forCiClass("thin-client");
        RoutingTable withEverything = RoutingTable.of(List.of(everything, PRINTERS), SERVICE_DESK);

        assertThat(withEverything.route(CategoryCode.of("desktop.printer"), Optional.of(BUILDING_2),
                Optional.of("thin-client")).rule()).contains(PRINTERS);
    }

    @Test
    void aRuleForTheTicketsLocationBeatsOneForNoLocation() {
        assertThat(route("desktop.pc", Optional.of(BUILDING_2), Optional.empty()).rule()).contains(DESKTOP_IN_BUILDING_2);
        assertThat(route("desktop.pc", Optional.of(BUILDING_3), Optional.empty()).rule()).contains(DESKTOP);
    }

    @Test
    void aRuleForTheCiClassBeatsOneForNoCiClass() {
        assertThat(route("desktop", Optional.empty(), Optional.of("thin-client")).rule()).contains(DESKTOP_THIN_CLIENTS);
        assertThat(route("desktop", Optional.empty(), Optional.of("workstation")).rule()).contains(DESKTOP);
    }

    @Test
    void aLocationMatchBeatsACiClassMatch() {
        assertThat(route("desktop", Optional.of(BUILDING_2), Optional.of("thin-client")).rule())
                .contains(DESKTOP_IN_BUILDING_2);
    }

    @Test
    void aRuleForALocationOrCiClassDoesNotMatchATicketWithoutOne() {
        RoutingTable onlySpecific = RoutingTable.of(List.of(DESKTOP_IN_BUILDING_2, DESKTOP_THIN_CLIENTS), SERVICE_DESK);

        assertThat(onlySpecific.route(CategoryCode.of("desktop"), Optional.empty(), Optional.empty()).rule()).isEmpty();
    }

    @Test
    void whenNoRuleMatchesTheFallbackGroupOwnsTheTicket() {
        RoutingDecision decision = route("network.wifi");

        assertThat(decision.group()).isEqualTo(SERVICE_DESK);
        assertThat(decision.rule()).isEmpty();
        assertThat(decision.explanation()).isEqualTo("no rule matched -> fallback service-desk");
    }

    @Test
    void anEmptyTableSendsEverythingToTheFallback() {
        assertThat(RoutingTable.of(List.of(), SERVICE_DESK).route(CategoryCode.of("his"), Optional.empty(),
                Optional.empty()).group()).isEqualTo(SERVICE_DESK);
    }

    @Test
    void theExplanationNamesTheRuleThatMatched() {
        assertThat(route("desktop.pc", Optional.of(BUILDING_2), Optional.empty()).explanation())
                .isEqualTo("desktop @building-2 -> building-2-on-site");
    }

    @Test
    void twoRulesForTheSameSituationAreRejected() {
        List<RoutingRule> duplicate = List.of(DESKTOP, RoutingRule.of(" Desktop ", "someone-else"));

        assertThatIllegalArgumentException().isThrownBy(() -> RoutingTable.of(duplicate, SERVICE_DESK))
                .withMessageContaining("same situation");
    }

    @Test
    void twoRulesForTheSameLocationAndCiClassAreRejected() {
        List<RoutingRule> duplicate = List.of(DESKTOP_IN_BUILDING_2.forCiClass("pc"),
                RoutingRule.of("desktop", "other").at(BUILDING_2).forCiClass(" pc "));

        assertThatIllegalArgumentException().isThrownBy(() -> RoutingTable.of(duplicate, SERVICE_DESK));
    }

    @Test
    void rulesForTheSameCategoryInDifferentSituationsCoexist() {
        RoutingTable table = RoutingTable.of(List.of(DESKTOP, DESKTOP_IN_BUILDING_2,
                RoutingRule.of("desktop", "building-3-on-site").at(BUILDING_3), DESKTOP_THIN_CLIENTS), SERVICE_DESK);

        assertThat(table.rules()).hasSize(4);
    }

    @Test
    void theRulesAreKeptMostSpecificFirst() {
        assertThat(table.rules()).containsExactly(PRINTERS, DESKTOP_IN_BUILDING_2, DESKTOP_THIN_CLIENTS, DESKTOP, HIS);
        assertThat(table.fallback()).isEqualTo(SERVICE_DESK);
    }

    @Test
    void describePrintsOneRuleALineAndTheFallbackLast() {
        assertThat(RoutingTable.of(List.of(HIS, DESKTOP_THIN_CLIENTS), SERVICE_DESK).describe()).isEqualTo("""
                desktop [thin-client] -> thin-clients
                his -> his-second-line
                (anything else) -> service-desk
                """);
    }
}
