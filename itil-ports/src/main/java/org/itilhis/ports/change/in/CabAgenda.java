package org.itilhis.ports.change.in;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import org.itilhis.core.change.CabId;

/**
 * The agenda of a board's next meeting: the changes awaiting its decision that the reader may
 * see, the longest waiting first (by submission, then by the request for approval, then by
 * number), each with the members who have not voted yet.
 */
public record CabAgenda(CabId board, String name, List<Item> items) {
    public CabAgenda {
        checkNotNull(board, "board");
        checkNotNull(name, "name");
        items = ImmutableList.copyOf(checkNotNull(items, "items"));
    }

    /** One change on the agenda. */
    public record Item(ChangeView change, Instant submittedAt, Instant approvalRequestedAt) {
        public Item {
            checkNotNull(change, "change");
            checkNotNull(submittedAt, "submittedAt");
            checkNotNull(approvalRequestedAt, "approvalRequestedAt");
        }
    }
}
