package org.itilhis.core.cmdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"2027-06-30", "2027/6/30", "2027-6-30", "2027.06.30", "2027年6月30日", " 2027/06/30 "})
    void theFormsSpreadsheetsWriteAreOneDate(String written) {
        assertThat(DateText.parse(written)).contains(LocalDate.of(2027, 6, 30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027/2/30", "2027/13/1", "30/6/2027", "31.12.2028", "2027/06-30", "27/6/30", "2027年6月30",
            "2027-06-30T00:00", ""})
    void aDayThatDoesNotExistOrAnotherOrderIsNoDate(String written) {
        assertThat(DateText.parse(written)).isEmpty();
    }
}
