package org.itilhis.testkit.workflow;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.itilhis.core.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The state diagrams in the root {@code README.md} are the workflows as declared: each
 * declared workflow's {@link Workflow#toMermaid()} appears verbatim in a {@code mermaid}
 * code block. When a workflow changes, the failure prints the block to paste.
 */
class WorkflowDiagramsTest {
    private static final String FENCE = "```";

    static Stream<Workflow<?, ?, ?>> declaredWorkflows() {
        return DeclaredWorkflows.all().stream();
    }

    /**
     * The root README: the nearest {@code README.md} beside a {@code pom.xml} that lists this
     * module, searched upwards from the working directory (the module directory under
     * Maven, the repository root under some IDEs).
     */
    static Path readme() {
        Path start = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path readme = dir.resolve("README.md");
            if (Files.isRegularFile(readme) && isReactorRoot(dir)) {
                return readme;
            }
        }
        throw new AssertionError("no README.md beside the reactor pom.xml above " + start);
    }

    private static boolean isReactorRoot(Path dir) {
        Path pom = dir.resolve("pom.xml");
        try {
            return Files.isRegularFile(pom) && Files.readString(pom, UTF_8).contains("<module>itil-testkit</module>");
        } catch (IOException unreadable) {
            return false;
        }
    }

    /** The contents of every {@code ```mermaid} block, line endings normalised to {@code \n}. */
    static List<String> mermaidBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
            if (block == null && line.strip().equals(FENCE + "mermaid")) {
                block = new StringBuilder();
            } else if (block != null && line.strip().equals(FENCE)) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }

    /** The README section a person pastes: a heading and the diagram. */
    static String section(Workflow<?, ?, ?> workflow) {
        return "### " + workflow.name() + "\n\n" + FENCE + "mermaid\n" + workflow.toMermaid() + FENCE + "\n";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declaredWorkflows")
    void theReadmeShowsTheWorkflowAsDeclared(Workflow<?, ?, ?> workflow) throws IOException {
        Path readme = readme();
        List<String> blocks = mermaidBlocks(Files.readString(readme, UTF_8));

        assertThat(blocks)
                .withFailMessage("%s has no mermaid block equal to the %s workflow as declared; "
                        + "paste this under \"## Workflows\" (replacing the old diagram, if any):%n%n%s",
                        readme, workflow.name(), section(workflow))
                .contains(workflow.toMermaid());
    }

    @Test
    void mermaidBlocksAreFoundWhateverTheLineEndings() {
        String markdown = "# x\r\n```mermaid\r\nstateDiagram-v2\r\n    [*] --> A\r\n```\r\ntext\n```java\nint a;\n```\n";

        assertThat(mermaidBlocks(markdown)).containsExactly("stateDiagram-v2\n    [*] --> A\n");
    }
}
