package org.itilhis.adapters.jdbc.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DialectTest {
    @Test
    void isDetectedFromTheDriversProductName() {
        assertThat(Dialect.ofProductName("PostgreSQL")).isEqualTo(Dialect.POSTGRESQL);
        assertThat(Dialect.ofProductName("MariaDB")).isEqualTo(Dialect.MARIADB);
        assertThat(Dialect.ofProductName("MySQL")).isEqualTo(Dialect.MARIADB);
        assertThat(Dialect.ofProductName("H2")).isEqualTo(Dialect.H2);
    }

    @Test
    void anUnsupportedDatabaseIsRefusedByName() {
        assertThatThrownBy(() -> Dialect.ofProductName("Oracle")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Oracle");
    }

    @Test
    void everyDialectFillsEveryPlaceholderOfTheMigrations() {
        for (Dialect dialect : Dialect.values()) {
            assertThat(dialect.placeholders()).containsOnlyKeys(Dialect.POSTGRESQL.placeholders().keySet());
        }
    }

    @Test
    void everyDatabaseHasMigrationsOfItsOwnAfterTheCommonOnes() {
        assertThat(Dialect.POSTGRESQL.migrationLocations())
                .containsExactly("classpath:db/migration/common", "classpath:db/migration/postgresql");
        assertThat(Dialect.MARIADB.migrationLocations())
                .containsExactly("classpath:db/migration/common", "classpath:db/migration/mariadb");
        assertThat(Dialect.H2.migrationLocations())
                .containsExactly("classpath:db/migration/common", "classpath:db/migration/h2");
    }

    @Test
    void rowsAfterAKeyAreARowValueComparisonExceptOnMariaDb() {
        List<String> columns = List.of("a", "b", "c");
        List<String> values = List.of(":a", ":b", ":c");

        assertThat(Dialect.POSTGRESQL.rowsAfter(columns, values)).isEqualTo("(a, b, c) > (:a, :b, :c)");
        assertThat(Dialect.H2.rowsAfter(columns, values)).isEqualTo("(a, b, c) > (:a, :b, :c)");
        assertThat(Dialect.MARIADB.rowsAfter(columns, values))
                .isEqualTo("(a > :a OR a = :a AND (b > :b OR b = :b AND (c > :c)))");
        assertThat(Dialect.MARIADB.rowsAfter(List.of("a"), List.of(":a"))).isEqualTo("(a > :a)");
    }

    @Test
    void likePatternsEscapeWildcards() {
        assertThat(SqlValues.containing("50%_off\\")).isEqualTo("%50\\%\\_off\\\\%");
    }
}
