package org.itilhis.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.itilhis.core.shared.Role;
import org.junit.jupiter.api.Test;

class AccessMatrixTest {
    /** The published matrix, between its introduction and the end of the file. */
    private static final Path PUBLISHED = Path.of("..", "docs", "access-matrix.md");
    private static final String TABLE_STARTS = "<!-- generated from AccessPolicy.hospitalDefault(): -->\n";

    private final AccessMatrix matrix = AccessMatrix.of(AccessPolicy.hospitalDefault());

    @Test
    void aCellHoldsTheScopesOfEveryRuleOfItsRoleAndPermission() {
        AccessMatrix custom = AccessMatrix.of(AccessPolicy.of(List.of(
                new AccessRule(Role.REPORTER, Permission.VIEW_TICKET, Scope.OWN),
                new AccessRule(Role.REPORTER, Permission.VIEW_TICKET, Scope.GROUP),
                new AccessRule(Role.IT_DIRECTOR, Permission.VIEW_SLA, Scope.ANY))));

        assertThat(custom.scopes(Role.REPORTER, Permission.VIEW_TICKET)).containsExactly(Scope.OWN, Scope.GROUP);
        assertThat(custom.scopes(Role.REPORTER, Permission.VIEW_SLA)).isEmpty();
        assertThat(custom.rolesWithPermissions()).containsExactly(Role.REPORTER, Role.IT_DIRECTOR);
        assertThat(custom.toMarkdown()).contains("| view ticket | own, group | - |", "| view sla | - | any |",
                "Roles holding no permission: service desk agent");
    }

    @Test
    void theHospitalDefaultsMatrixHasARowPerPermission() {
        long rows = matrix.toMarkdown().lines().filter(line -> line.startsWith("| ") && !line.startsWith("| permission"))
                .count();

        assertThat(rows).isEqualTo(Permission.values().length);
        assertThat(matrix.scopes(Role.VENDOR_ENGINEER, Permission.VIEW_CALLER_CONTACT)).isEmpty();
        assertThat(matrix.scopes(Role.FIRST_LINE_ENGINEER, Permission.VIEW_TICKET)).containsExactly(Scope.GROUP);
    }

    /**
     * {@code docs/access-matrix.md} shows the hospital default as it is. After a change to the
     * default, the failure writes the new table to {@code target/access-matrix-table.md}: paste it
     * into the document below its marker.
     */
    @Test
    void thePublishedMatrixIsTheHospitalDefault() throws IOException {
        String table = matrix.toMarkdown();
        Files.writeString(Path.of("target", "access-matrix-table.md"), table, StandardCharsets.UTF_8);
        String document = Files.readString(PUBLISHED, StandardCharsets.UTF_8);

        assertThat(document).contains(TABLE_STARTS);
        assertThat(document.substring(document.indexOf(TABLE_STARTS) + TABLE_STARTS.length()))
                .as("docs/access-matrix.md is behind AccessPolicy.hospitalDefault(): paste in "
                        + "itil-core/target/access-matrix-table.md")
                .isEqualTo(table);
    }
}
