package org.itilhis.core.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.core.inspection.InspectionFixtures.AT;
import static org.itilhis.core.inspection.InspectionFixtures.LEAD;
import static org.itilhis.core.inspection.InspectionFixtures.MACHINE_ROOM;
import static org.itilhis.core.inspection.InspectionFixtures.UPS;
import static org.itilhis.core.inspection.InspectionFixtures.answers;
import static org.itilhis.core.inspection.InspectionFixtures.items;
import static org.itilhis.core.inspection.InspectionFixtures.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.shared.DomainException;
import org.junit.jupiter.api.Test;

class ChecklistTemplateTest {
    private final ChecklistTemplate template = template();

    private static void refusedWith(Runnable action, String code, String... englishParts) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.messageIn(Locale.ENGLISH)).contains(englishParts);
            assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).containsPattern("\\p{IsHan}");
        });
    }

    private List<ItemAnswer> with(ItemAnswer replacement) {
        List<ItemAnswer> answers = new ArrayList<>(answers("22.5"));
        answers.replaceAll(a -> a.item().equals(replacement.item()) ? replacement : a);
        return answers;
    }

    @Test
    void readingsWithinTheirRangeAndPassedItemsPassInTheTemplatesOrder() {
        List<ItemResult> results = template.evaluate(answers("27"));

        assertThat(results).extracting(ItemResult::item)
                .containsExactly("temperature", "humidity", "ups-battery", "ups-status", "fire-panel");
        assertThat(results).noneMatch(ItemResult::failed);
        assertThat(results.get(0).reading()).contains(new BigDecimal("27"));
        assertThat(results.get(2).unit()).as("a reading given without its unit is in the item's").contains("min");
        assertThat(template.matches(results)).isTrue();
    }

    @Test
    void aReadingOutOfRangeAFailingOptionAndAFailedItemFail() {
        assertThat(template.evaluate(answers("27.01")).get(0).failed()).isTrue();
        assertThat(template.evaluate(answers("17.9")).get(0).failed()).isTrue();
        assertThat(template.evaluate(with(ItemAnswer.reading("ups-battery", "9.5", "MIN"))).get(2).failed()).isTrue();
        assertThat(template.evaluate(with(ItemAnswer.choice("ups-status", " on battery "))).get(3))
                .satisfies(r -> assertThat(r.failed()).isTrue())
                .satisfies(r -> assertThat(r.choice()).contains("on battery"));
        assertThat(template.evaluate(with(ItemAnswer.passed("fire-panel", false))).get(4).failed()).isTrue();
    }

    @Test
    void aReadingThatIsNotANumberOrInAnotherUnitIsRefusedNamingTheItem() {
        refusedWith(() -> template.evaluate(answers("warm")), "inspection.result.not-a-number", "temperature", "warm");
        refusedWith(() -> template.evaluate(with(ItemAnswer.reading("temperature", "75", "°F"))),
                "inspection.result.wrong-unit", "temperature", "°F", "°C");
    }

    @Test
    void anAnswerThatDoesNotFitItsItemIsRefused() {
        refusedWith(() -> template.evaluate(with(ItemAnswer.passed("temperature", true))),
                "inspection.result.reading-expected", "temperature");
        refusedWith(() -> template.evaluate(with(ItemAnswer.reading("fire-panel", "1", null))),
                "inspection.result.pass-fail-expected", "fire-panel");
        refusedWith(() -> template.evaluate(with(ItemAnswer.passed("ups-status", true))),
                "inspection.result.choice-expected", "ups-status");
        refusedWith(() -> template.evaluate(with(ItemAnswer.choice("ups-status", "smoking"))),
                "inspection.result.unknown-option", "smoking", "ups-status");
    }

    @Test
    void everyItemHasExactlyOneResultAndNoResultIsForAnItemOfAnotherVersion() {
        refusedWith(() -> template.evaluate(answers("22").subList(0, 4)), "inspection.result.missing", "fire-panel");
        List<ItemAnswer> twice = new ArrayList<>(answers("22"));
        twice.add(ItemAnswer.reading("temperature", "23", "°C"));
        refusedWith(() -> template.evaluate(twice), "inspection.result.duplicate", "temperature");
        List<ItemAnswer> other = new ArrayList<>(answers("22"));
        other.add(ItemAnswer.reading("pacs-disk", "70", "%"));
        refusedWith(() -> template.evaluate(other), "inspection.result.unknown-item", "pacs-disk", "MR-DAILY");
    }

    @Test
    void aRevisionIsTheNextVersionOfTheSameGroupAndLeavesTheVersionBeforeAsItWas() {
        ChecklistTemplate revised = template.revise("Machine room round", UPS, items().subList(0, 2), LEAD,
                AT.plusSeconds(60));

        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.group()).isEqualTo(template.group());
        assertThat(revised.itemCodes()).containsExactly("temperature", "humidity");
        assertThat(template.version()).isEqualTo(1);
        assertThat(template.itemCodes()).hasSize(5);
        assertThat(revised.revised()).satisfies(e -> {
            assertThat(e.type()).isEqualTo("inspection-template.revised");
            assertThat(e.aggregateId()).isEqualTo("inspection-template:MR-DAILY");
            assertThat(e.version()).isEqualTo(2);
        });
        refusedWith(() -> revised.evaluate(answers("22")), "inspection.result.unknown-item", "ups-battery");
    }

    @Test
    void aFailureIsReportedAgainstTheItemsOwnItemElseTheTemplatesWithAFaultKeyOfTemplateItemAndCi() {
        ChecklistItem temperature = template.item("temperature").orElseThrow();
        ChecklistItem battery = template.item("ups-battery").orElseThrow();

        assertThat(template.ciOf(temperature)).isEqualTo(MACHINE_ROOM);
        assertThat(template.ciOf(battery)).isEqualTo(UPS);
        assertThat(template.faultOf(temperature)).isEqualTo("MR-DAILY/temperature/" + MACHINE_ROOM);
        assertThat(template.faultOf(battery)).isEqualTo("MR-DAILY/ups-battery/" + UPS);
        assertThat(temperature.range()).isEqualTo("18-27 °C");
        assertThat(battery.range()).isEqualTo("≥ 10 min");
    }

    @Test
    void anIllFormedItemIsRefusedNamingItsField() {
        refusedWith(() -> ChecklistItem.checked("items[0]", "temperature", "T", ItemKind.READING, Optional.empty(),
                Optional.of(" "), Optional.of(BigDecimal.ONE), Optional.empty(), List.of(), Set.of()),
                "inspection.template.reading-without-unit", "items[0]");
        refusedWith(() -> ChecklistItem.checked("items[0]", "temperature", "T", ItemKind.READING, Optional.empty(),
                Optional.of("°C"), Optional.empty(), Optional.empty(), List.of(), Set.of()),
                "inspection.template.reading-without-range", "items[0]");
        refusedWith(() -> ChecklistItem.checked("items[1]", "humidity", "H", ItemKind.READING, Optional.empty(),
                Optional.of("%"), Optional.of(new BigDecimal("60")), Optional.of(new BigDecimal("40")), List.of(),
                Set.of()), "inspection.template.range-reversed", "items[1]", "60", "40");
        refusedWith(() -> ChecklistItem.checked("items[2]", "fire-panel", "F", ItemKind.PASS_FAIL, Optional.empty(),
                Optional.of("%"), Optional.empty(), Optional.empty(), List.of(), Set.of()),
                "inspection.template.range-not-for-reading", "items[2]");
        refusedWith(() -> ChecklistItem.checked("items[2]", "fire-panel", "F", ItemKind.PASS_FAIL, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of("yes", "no"), Set.of()),
                "inspection.template.options-not-for-choice", "items[2]");
        refusedWith(() -> ChecklistItem.checked("items[3]", "ups-status", "U", ItemKind.CHOICE, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of("normal", "normal "), Set.of("normal")),
                "inspection.template.choice-without-options", "items[3]");
        refusedWith(() -> ChecklistItem.checked("items[3]", "ups-status", "U", ItemKind.CHOICE, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of("normal", "fault"), Set.of("smoke")),
                "inspection.template.failing-option-unknown", "smoke");
        refusedWith(() -> ChecklistItem.checked("items[3]", "ups-status", "U", ItemKind.CHOICE, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of("normal", "fault"), Set.of()),
                "inspection.template.no-failing-option", "items[3]");
        List<ChecklistItem> twice = new ArrayList<>(items());
        twice.add(items().get(0));
        refusedWith(() -> ChecklistTemplate.define("MR-DAILY", InspectionFixtures.INFRASTRUCTURE, "twice",
                MACHINE_ROOM, twice, LEAD, AT), "inspection.template.duplicate-item", "items[5].code", "temperature");
    }

    @Test
    void aWellFormedItemIsBuiltWithItsTextStripped() {
        ChecklistItem choice = ChecklistItem.checked("items[3]", "ups-status", "U", ItemKind.CHOICE, Optional.of(UPS),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(" normal", "fault "), Set.of("fault"));

        assertThat(choice.options()).containsExactly("normal", "fault");
        assertThat(choice.failingOptions()).containsExactly("fault");
        assertThat(ChecklistItem.checked("items[0]", "temperature", "T", ItemKind.READING, Optional.empty(),
                Optional.of(" °C "), Optional.empty(), Optional.of(BigDecimal.TEN), List.of(), Set.of()).unit())
                .contains("°C");
    }
}
