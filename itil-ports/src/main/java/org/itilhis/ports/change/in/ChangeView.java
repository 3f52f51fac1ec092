package org.itilhis.ports.change.in;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.itilhis.core.change.CabId;
import org.itilhis.core.change.Change;
import org.itilhis.core.change.ChangeAction;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeModel;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.change.ChangeRequest;
import org.itilhis.core.change.ChangeSnapshot;
import org.itilhis.core.change.ChangeStatus;
import org.itilhis.core.change.PlannedWindow;
import org.itilhis.core.shared.GroupId;

/**
 * A change as its reader sees it: the whole of its state (request, plans, touched items,
 * window, risk and its explanation, the board's approval and votes, schedule override, failure,
 * review, links), as the core's value {@link ChangeSnapshot}, and the actions its workflow allows
 * now. Never the aggregate itself. Nothing of a change is withheld from a reader who may see it.
 *
 * @param version the optimistic-locking version, for {@code expectedVersion}
 */
public record ChangeView(ChangeSnapshot state, ImmutableSet<ChangeAction> allowedActions, long version) {
    public ChangeView {
        checkNotNull(state, "state");
        checkNotNull(allowedActions, "allowedActions");
    }

    public static ChangeView of(Change change) {
        return new ChangeView(change.snapshot(), change.allowedActions(), change.version());
    }

    public ChangeId id() {
        return state.id();
    }

    public ChangeNumber number() {
        return state.number();
    }

    public ChangeModel model() {
        return state.model();
    }

    public ChangeStatus status() {
        return state.status();
    }

    public ChangeRequest request() {
        return state.request();
    }

    public PlannedWindow window() {
        return state.request().window();
    }

    public GroupId group() {
        return state.request().group();
    }

    public String summary() {
        return state.request().details().summary();
    }

    /** The board whose decision the change awaits, while it awaits one. */
    public Optional<CabId> awaitedBoard() {
        return state.status() == ChangeStatus.AWAITING_APPROVAL
                ? state.approval().map(a -> a.board().id()) : Optional.empty();
    }
}
