package org.itilhis.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CategoryCodeTest {

    @Test
    void aCategoryIsStrippedAndLowerCased() {
        assertThat(CategoryCode.of("  Desktop.PRINTER ")).isEqualTo(CategoryCode.of("desktop.printer"));
        assertThat(CategoryCode.of("HIS.Outpatient-Registration")).hasToString("his.outpatient-registration");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", ".desktop", "desktop.", "desktop..printer", "desk top", "desktop/printer",
            "desktop_printer", "桌面", "desktop.打印机"})
    void aCategoryThatIsNotDotSeparatedLowerCaseWordsIsRejected(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> CategoryCode.of(text))
                .withMessageContaining("dot-separated");
    }

    @Test
    void aCategoryIsAtMost100Characters() {
        assertThat(CategoryCode.of("a".repeat(100)).value()).hasSize(100);
        assertThatIllegalArgumentException().isThrownBy(() -> CategoryCode.of("a".repeat(101)));
    }

    @Test
    void aNullCategoryIsACallerBug() {
        assertThatNullPointerException().isThrownBy(() -> CategoryCode.of(null));
    }

    @Test
    void aCategoryIsWithinItselfAndItsAncestors() {
        CategoryCode printer = CategoryCode.of("desktop.printer.toner");

        assertThat(printer.isWithin(CategoryCode.of("desktop.printer.toner"))).isTrue();
        assertThat(printer.isWithin(CategoryCode.of("desktop.printer"))).isTrue();
        assertThat(printer.isWithin(CategoryCode.of("desktop"))).isTrue();
    }

    @Test
    void aCategoryIsNotWithinASiblingADescendantOrAWordThatMerelyStartsTheSame() {
        CategoryCode desktop = CategoryCode.of("desktop");

        assertThat(desktop.isWithin(CategoryCode.of("desktop.printer"))).isFalse();
        assertThat(CategoryCode.of("desktop.pc").isWithin(CategoryCode.of("desktop.printer"))).isFalse();
        assertThat(CategoryCode.of("desktops").isWithin(desktop)).isFalse();
        assertThat(CategoryCode.of("desktop-printer").isWithin(desktop)).isFalse();
    }

    @Test
    void theDepthCountsTheLevels() {
        assertThat(CategoryCode.of("his").depth()).isEqualTo(1);
        assertThat(CategoryCode.of("his.pharmacy").depth()).isEqualTo(2);
        assertThat(CategoryCode.of("his.pharmacy.dispensing").depth()).isEqualTo(3);
    }
}
