package org.itilhis.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.testkit.DemoHospital;
import org.junit.jupiter.api.Test;

/** The README's embedding example runs, and the README shows exactly the code that runs. */
class EmbeddingSampleTest {
    /** The examples module; Surefire sets {@code basedir}, and runs in it by default too. */
    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    private static final Path SOURCE = MODULE.resolve("src/main/java/org/itilhis/examples/EmbeddingSample.java");
    private static final Path README = MODULE.resolve("../README.md");

    @Test
    void theSampleRaisesAnIncidentIntoEngineerLiusQueue() {
        List<TicketView> queue = EmbeddingSample.run();

        assertThat(queue).singleElement().satisfies(ticket -> {
            assertThat(ticket.number().toString()).matches("INC-\\d{4}-000001");
            assertThat(ticket.status()).isEqualTo(TicketStatus.ASSIGNED);
            assertThat(ticket.group()).isEqualTo(DemoHospital.DESKTOP);
            assertThat(ticket.engineer()).contains(DemoHospital.ENGINEER_LIU.staffId());
        });
    }

    @Test
    void theReadmeShowsTheSampleVerbatim() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);

        assertThat(readme).contains(snippet());
    }

    /** The lines between the tag markers, without the method's indentation. */
    static String snippet() throws IOException {
        List<String> lines = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
        int start = indexOf(lines, "// tag::embed[]") + 1;
        int end = indexOf(lines, "// end::embed[]");
        StringBuilder text = new StringBuilder();
        for (String line : lines.subList(start, end)) {
            text.append(line.length() >= 8 ? line.substring(8) : line.strip()).append('\n');
        }
        return text.toString();
    }

    private static int indexOf(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        throw new IllegalStateException("no " + marker + " in " + SOURCE);
    }
}
