package org.itilhis.ports.change.out;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.change.CabId;
import org.itilhis.core.change.ChangeAdvisoryBoard;

/**
 * The hospital's change advisory boards, as data. A board saved again under its id replaces
 * the stored one; the changes already before it keep the board as it was when their approval
 * was requested ({@link org.itilhis.core.change.CabApproval}).
 */
public interface ChangeAdvisoryBoards {
    /** Stores {@code board}, replacing any board with its id. */
    void save(ChangeAdvisoryBoard board);

    Optional<ChangeAdvisoryBoard> find(CabId id);

    /** Every board, by id. */
    List<ChangeAdvisoryBoard> all();
}
