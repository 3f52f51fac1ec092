package org.itilhis.adapters.jdbc.change;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.core.change.CabId;
import org.itilhis.core.change.ChangeAdvisoryBoard;
import org.itilhis.ports.change.out.ChangeAdvisoryBoards;

/**
 * The change advisory boards in {@code change_advisory_board}: each board whole (members and
 * their seats) as JSON under its id, replaced when saved again, listed by id.
 */
public final class JdbcChangeAdvisoryBoards implements ChangeAdvisoryBoards {
    private final KeyedDocuments<ChangeAdvisoryBoard> boards;

    public JdbcChangeAdvisoryBoards(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.boards = new KeyedDocuments<>(transactions, dialect, codec, "change_advisory_board", "id",
                ChangeAdvisoryBoard.class);
    }

    @Override
    public void save(ChangeAdvisoryBoard board) {
        checkNotNull(board, "board");
        boards.put(board.id().value(), board, ImmutableMap.of());
    }

    @Override
    public Optional<ChangeAdvisoryBoard> find(CabId id) {
        checkNotNull(id, "id");
        return boards.find(id.value());
    }

    @Override
    public List<ChangeAdvisoryBoard> all() {
        return boards.all();
    }
}
