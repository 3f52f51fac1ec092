package org.itilhis.adapters.rest.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import org.itilhis.core.access.Scope;
import org.itilhis.core.workload.TimeSplit;
import org.junit.jupiter.api.Test;

/** The exports' texts exist in both languages, and the minutes of a row's split add up to its minutes worked. */
class WorkloadSheetsTest {

    @Test
    void everyTextOfTheExportsIsThereInEnglishAndInChinese() throws IOException {
        Properties english = texts("workload.properties");
        Properties chinese = texts("workload_zh_CN.properties");

        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (WorkloadView view : WorkloadView.values()) {
            assertThat(english).containsKey("sheet." + view.key());
        }
        WorkloadSheets.FIGURES.forEach(column -> assertThat(english).containsKey("column." + column.name()));
        for (Scope scope : Scope.values()) {
            assertThat(english).containsKey("rule.scope." + scope.name());
        }
        assertThat(WorkloadSheets.find("sheet.engineers", Locale.SIMPLIFIED_CHINESE)).contains("工程师");
        assertThat(WorkloadSheets.find("sheet.engineers", Locale.ROOT)).contains("Engineers");
    }

    @Test
    void aSplitWithSecondsIsShownInWholeMinutesThatStillAddUpToTheMinutesWorked() {
        TimeSplit split = new TimeSplit(Duration.ofSeconds(29 * 60 + 40), Duration.ofSeconds(20),
                Duration.ofMinutes(15));

        assertThat(WorkloadReportJson.WorkloadFiguresJson.minutes(split, 45)).containsExactly(30, 0, 15);
        assertThat(WorkloadReportJson.WorkloadFiguresJson.minutes(new TimeSplit(Duration.ofSeconds(90),
                Duration.ofSeconds(90), Duration.ZERO), 3)).containsExactly(2, 1, 0);
        assertThat(WorkloadReportJson.WorkloadFiguresJson.minutes(new TimeSplit(Duration.ofMinutes(60),
                Duration.ofMinutes(30), Duration.ZERO), 90)).containsExactly(60, 30, 0);
    }

    private static Properties texts(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = WorkloadSheets.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
