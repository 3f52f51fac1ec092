package org.itilhis.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTokensTest {
    @TempDir
    Path data;

    @Test
    void everyDemoPersonGetsARandomTokenKeptInAFileOnlyItsOwnerCanRead() throws IOException {
        DemoTokens tokens = DemoTokens.loadOrCreate(data);

        Set<String> distinct = new HashSet<>();
        DemoTokens.PEOPLE.keySet().forEach(name -> distinct.add(tokens.token(name)));
        assertThat(distinct).hasSize(DemoTokens.PEOPLE.size()).allMatch(token -> token.matches("demo-[A-Za-z0-9_-]{24}"));
        Path file = data.resolve(DemoTokens.FILE_NAME);
        assertThat(tokens.file()).isEqualTo(file);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(Files.readString(file)).contains("AGENT_CHEN=" + tokens.token("AGENT_CHEN"))
                .contains("# S0001 SERVICE_DESK_AGENT");
    }

    @Test
    void theSameTokensComeBackAtTheNextStart() {
        DemoTokens first = DemoTokens.loadOrCreate(data);
        DemoTokens second = DemoTokens.loadOrCreate(data);

        DemoTokens.PEOPLE.keySet().forEach(name -> assertThat(second.token(name)).isEqualTo(first.token(name)));
    }

    @Test
    void aMissingOrMalformedTokenIsReplacedAndTheOthersKept() throws IOException {
        DemoTokens first = DemoTokens.loadOrCreate(data);
        Path file = data.resolve(DemoTokens.FILE_NAME);
        String text = Files.readString(file, StandardCharsets.UTF_8)
                .replace("NURSE_WANG=" + first.token("NURSE_WANG"), "NURSE_WANG=short")
                .replace("CLERK_LI=" + first.token("CLERK_LI") + "\n", "");
        Files.writeString(file, text, StandardCharsets.UTF_8);

        DemoTokens repaired = DemoTokens.loadOrCreate(data);

        assertThat(repaired.token("NURSE_WANG")).isNotEqualTo("short").isNotEqualTo(first.token("NURSE_WANG"));
        assertThat(repaired.token("CLERK_LI")).isNotEqualTo(first.token("CLERK_LI"));
        assertThat(repaired.token("AGENT_CHEN")).isEqualTo(first.token("AGENT_CHEN"));
        assertThat(DemoTokens.loadOrCreate(data).token("NURSE_WANG")).isEqualTo(repaired.token("NURSE_WANG"));
    }
}
