package org.itilhis.adapters.jdbc.configuration;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.itilhis.adapters.jdbc.common.SqlValues;
import org.itilhis.adapters.jdbc.common.WhereClause;
import org.itilhis.core.cmdb.CiLocation;
import org.itilhis.ports.configuration.in.CiSearch;
import org.jdbi.v3.core.statement.Query;

/**
 * A {@link CiSearch} as one SQL query on {@code configuration_item}: a condition per given
 * criterion, ordered by asset tag, limited. Host name, IP addresses, location parts and text
 * are compared with the lower-cased match columns ({@link JdbcConfigurationItemRepository#key}),
 * so an equality (or, for text, a {@code LIKE '%...%'} on the tag and name) ignores case the
 * same way on every database, and the indexes on those columns serve it. The position a page
 * starts after is compared with {@code asset_tag} itself, whose binary collation orders the
 * results too ({@code ${binary}} in the migration): so a page continues exactly where the
 * previous one ended, mixed case or not.
 */
final class CiSearchQuery {
    private final WhereClause where = new WhereClause();
    private final int limit;

    CiSearchQuery(CiSearch search) {
        search.hostname().map(JdbcConfigurationItemRepository::key)
                .ifPresent(name -> add("hostname = :hostname", q -> q.bind("hostname", name)));
        search.ipAddress().map(JdbcConfigurationItemRepository::key).ifPresent(address -> add(
                "(ip_address = :ip OR management_ip = :ip)", q -> q.bind("ip", address)));
        search.location().ifPresent(this::within);
        if (!search.classCodes().isEmpty()) {
            add("class_code IN (<classes>)", q -> q.bindList("classes", List.copyOf(search.classCodes())));
        }
        search.owningDepartment().ifPresent(department -> add("owning_department = :department",
                q -> q.bind("department", department.value())));
        search.status().ifPresent(status -> add("status = :status", q -> q.bind("status", status.name())));
        search.text().map(text -> SqlValues.containing(JdbcConfigurationItemRepository.key(text))).ifPresent(
                pattern -> add("(asset_tag_key LIKE :text OR name_key LIKE :text)", q -> q.bind("text", pattern)));
        search.after().ifPresent(position -> add("asset_tag > :after", q -> q.bind("after", position.value())));
        this.limit = search.limit();
    }

    /** Every part the area gives must be the item's. */
    private void within(CiLocation area) {
        part("campus", area.campus());
        part("building", area.building());
        part("floor", area.floor());
        part("room", area.room());
    }

    private void part(String column, Optional<String> value) {
        value.map(JdbcConfigurationItemRepository::key)
                .ifPresent(v -> add(column + " = :" + column, q -> q.bind(column, v)));
    }

    String sql() {
        return "SELECT snapshot FROM configuration_item" + where.sql() + " ORDER BY asset_tag LIMIT :limit";
    }

    Query bindTo(Query query) {
        return where.bindTo(query.bind("limit", limit));
    }

    private void add(String condition, UnaryOperator<Query> binding) {
        where.add(condition, binding);
    }
}
