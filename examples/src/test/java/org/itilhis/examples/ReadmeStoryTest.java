package org.itilhis.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "story over HTTP" runs as written: its {@code sh} blocks, in order, with
 * {@code sh} and {@code curl}, against the hospital service desk started in a directory of its
 * own (only the port differs from the README's 8080).
 */
class ReadmeStoryTest {
    private static final Path README = Path.of(System.getProperty("basedir", ".")).resolve("../README.md");
    private static final Pattern SH_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path directory;

    @Test
    void theStoryOverHttpRunsAsWritten() throws IOException, InterruptedException {
        assumeTrue(onPath("sh") && onPath("curl"), "the README's story needs sh and curl");
        String script = story();
        try (HospitalServiceDesk desk = HospitalServiceDesk.start(ServerConfiguration.of(Map.of("ITILHIS_PORT", "0",
                "ITILHIS_DATA_DIR", directory.resolve("data").toString())))) {
            String output = run(script.replace("http://127.0.0.1:8080", "http://127.0.0.1:" + desk.port()));

            assertThat(output)
                    .doesNotContain("urn:itilhis:problem")
                    .contains("\"status\":\"RESOLVED_AT_FIRST_CONTACT\"")
                    .contains("\"number\":\"INC-")
                    .contains("\"priority\":\"P2\"")
                    .contains("Idempotent-Replayed: true")
                    .contains("\"status\":\"ON_HOLD\"")
                    .contains("\"service\":\"HIS outpatient\",\"calendar\":\"24x7\"")
                    .contains("\"kind\":\"RESOLUTION\",\"state\":\"PAUSED\"")
                    .contains("\"satisfaction\":{\"score\":5")
                    .contains("{\"type\":\"ticket.escalated\",\"actor\":\"E0101\"")
                    .contains("{\"type\":\"ticket.rated\",\"actor\":\"C2001\"")
                    .contains("\"knownErrors\":[{\"id\":")
                    .contains("\"code\":\"WORKAROUND\",\"note\":\"PRB-")
                    .contains("\"status\":\"SCHEDULED\"")
                    .contains("\"clear\":false,\"conflicts\":[{\"kind\":\"COMBINED_OUTAGE\"")
                    .contains("{\"group\":\"desktop-first-line\",\"onCall\":")
                    .contains("\"fair\":true")
                    .contains("\"scope\":\"ANY\"", "\"scope\":\"OWN\"", "\"pingPong\":1")
                    .containsPattern("\"overtimeMinutes\":[1-9]")
                    .containsPattern("\"holidayMinutes\":[1-9]")
                    .contains("工作组,处理工单数,受理,解决")
                    .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .contains("\"template\":\"MR-DAILY\"")
                    .containsPattern("\"item\":\"temperature\",[^}]*\"failed\":true,\"incident\":\"INC-")
                    .contains("29.1")
                    .contains("\"externalId\":\"his-db-manual-")
                    .containsPattern("\"outcome\":\"FAILED\"[^}]*ORA-19502")
                    .contains("{\"received\":1,\"recorded\":1,\"duplicates\":0")
                    .contains("{\"received\":1,\"recorded\":0,\"duplicates\":1")
                    .containsPattern("\\{\"position\":[0-9]+,\"incident\":\"[^\"]+\",\"number\":\"INC-")
                    .contains("\"observedDown\":1")
                    .contains("\"catalogueService\":\"HIS outpatient\"")
                    .contains("\"target\":99.9");
        }
    }

    /**
     * The {@code sh} blocks of the section "The story over HTTP", then those of "The daily
     * operations records" and "Monitoring and availability" (which use the story's variables), in order.
     */
    private static String story() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        StringBuilder script = new StringBuilder("set -e\n");
        for (String section : List.of("## The story over HTTP", "## The daily operations records",
                "## Monitoring and availability")) {
            int start = readme.indexOf(section);
            assertThat(start).as("the README's section %s", section).isNotNegative();
            int end = readme.indexOf("\n## ", start + 1);
            Matcher blocks = SH_BLOCK.matcher(readme.substring(start, end < 0 ? readme.length() : end));
            while (blocks.find()) {
                script.append(blocks.group(1)).append('\n');
            }
        }
        return script.toString();
    }

    private String run(String script) throws IOException, InterruptedException {
        Process shell = new ProcessBuilder("sh", "-c", script).directory(directory.toFile()).redirectErrorStream(true)
                .start();
        shell.getOutputStream().close();
        byte[] output = shell.getInputStream().readAllBytes();
        assertThat(shell.waitFor(60, TimeUnit.SECONDS)).as("the story finished").isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(shell.exitValue()).as("exit code of the story; its output:%n%s", text).isZero();
        return text;
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, command))) {
                return true;
            }
        }
        return false;
    }
}
