package org.itilhis.adapters.jdbc.change;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.core.change.schedule.ChangeWindow;
import org.itilhis.core.change.schedule.ChangeWindowId;
import org.itilhis.ports.change.out.ChangeWindows;

/**
 * The blackout and maintenance windows in {@code change_window}: each window whole (attached
 * items, weekly or dated timing, zone, effective dates) as JSON under its id, with its kind
 * beside it for a reader of the table; replaced when saved again, listed by id, removed by id.
 */
public final class JdbcChangeWindows implements ChangeWindows {
    private final KeyedDocuments<ChangeWindow> windows;

    public JdbcChangeWindows(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.windows = new KeyedDocuments<>(transactions, dialect, codec, "change_window", "id", ChangeWindow.class);
    }

    @Override
    public void save(ChangeWindow window) {
        checkNotNull(window, "window");
        windows.put(window.id().value(), window, ImmutableMap.of("kind", window.kind().name()));
    }

    @Override
    public Optional<ChangeWindow> find(ChangeWindowId id) {
        checkNotNull(id, "id");
        return windows.find(id.value());
    }

    @Override
    public List<ChangeWindow> all() {
        return windows.all();
    }

    @Override
    public boolean remove(ChangeWindowId id) {
        checkNotNull(id, "id");
        return windows.remove(id.value());
    }
}
