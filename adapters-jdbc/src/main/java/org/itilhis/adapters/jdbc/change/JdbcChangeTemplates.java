package org.itilhis.adapters.jdbc.change;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.core.change.ChangeTemplate;
import org.itilhis.ports.change.out.ChangeTemplates;

/**
 * The standard change templates in {@code change_template}: each template whole (scope, weekly
 * windows, zone, risk) as JSON under its code, replaced when saved again, listed by code.
 */
public final class JdbcChangeTemplates implements ChangeTemplates {
    private final KeyedDocuments<ChangeTemplate> templates;

    public JdbcChangeTemplates(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.templates = new KeyedDocuments<>(transactions, dialect, codec, "change_template", "code",
                ChangeTemplate.class);
    }

    @Override
    public void save(ChangeTemplate template) {
        checkNotNull(template, "template");
        templates.put(template.code(), template, ImmutableMap.of());
    }

    @Override
    public Optional<ChangeTemplate> find(String code) {
        checkNotNull(code, "code");
        return templates.find(code);
    }

    @Override
    public List<ChangeTemplate> all() {
        return templates.all();
    }
}
