package org.itilhis.adapters.jdbc.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.statement.Query;

/**
 * The conditions of a search query and how each binds its values, collected one criterion
 * at a time: {@link #sql()} joins them with AND, {@link #bindTo} binds them all.
 */
public final class WhereClause {
    private final List<String> conditions = new ArrayList<>();
    private final List<UnaryOperator<Query>> bindings = new ArrayList<>();

    /** Adds {@code condition}, whose named parameters {@code binding} binds. */
    public void add(String condition, UnaryOperator<Query> binding) {
        conditions.add(condition);
        bindings.add(binding);
    }

    /** {@code " WHERE a AND b"}, or nothing without conditions. */
    public String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public Query bindTo(Query query) {
        Query bound = query;
        for (UnaryOperator<Query> binding : bindings) {
            bound = binding.apply(bound);
        }
        return bound;
    }
}
