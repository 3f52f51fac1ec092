package org.itilhis.ports.change.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.itilhis.core.change.CabId;
import org.itilhis.core.change.ChangeModel;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.change.ChangeStatus;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.GroupId;

/**
 * What to look for among changes; every criterion left empty matches everything. {@code ci}
 * keeps the changes touching that item; {@code board} those awaiting approval by that board;
 * {@code text} matches the summary or description, case-insensitively. Results come by number,
 * oldest first, at most {@code limit}, starting after the number {@code after} when given: to
 * read every match, search again after the last number found until fewer than {@code limit}
 * come back. {@code reach}, when given, keeps only the changes of those assignment groups (what a
 * reader who may see only their groups' changes sees).
 */
public record ChangeSearch(
        ImmutableSet<ChangeStatus> statuses,
        ImmutableSet<ChangeModel> models,
        ImmutableSet<GroupId> groups,
        Optional<CiId> ci,
        Optional<CabId> board,
        Optional<String> text,
        Optional<ChangeNumber> after,
        Optional<ImmutableSet<GroupId>> reach,
        int limit) {

    public static final int MAX_LIMIT = 500;

    public ChangeSearch {
        checkNotNull(statuses, "statuses");
        checkNotNull(models, "models");
        checkNotNull(groups, "groups");
        checkNotNull(ci, "ci");
        checkNotNull(board, "board");
        checkNotNull(text, "text");
        checkNotNull(after, "after");
        checkNotNull(reach, "reach");
        text = text.map(String::strip).filter(t -> !t.isEmpty());
        checkArgument(limit >= 1 && limit <= MAX_LIMIT, "limit %s not within 1..%s", limit, MAX_LIMIT);
    }

    /** Every change, up to {@code limit}. */
    public static ChangeSearch all(int limit) {
        return new ChangeSearch(ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }

    public ChangeSearch withStatuses(Iterable<ChangeStatus> wanted) {
        return new ChangeSearch(ImmutableSet.copyOf(wanted), models, groups, ci, board, text, after, reach, limit);
    }

    public ChangeSearch withModels(Iterable<ChangeModel> wanted) {
        return new ChangeSearch(statuses, ImmutableSet.copyOf(wanted), groups, ci, board, text, after, reach, limit);
    }

    public ChangeSearch withGroups(Iterable<GroupId> wanted) {
        return new ChangeSearch(statuses, models, ImmutableSet.copyOf(wanted), ci, board, text, after, reach, limit);
    }

    public ChangeSearch touching(CiId wanted) {
        return new ChangeSearch(statuses, models, groups, Optional.of(wanted), board, text, after, reach, limit);
    }

    public ChangeSearch awaitingApprovalBy(CabId wanted) {
        return new ChangeSearch(statuses, models, groups, ci, Optional.of(wanted), text, after, reach, limit);
    }

    public ChangeSearch withText(String wanted) {
        return new ChangeSearch(statuses, models, groups, ci, board, Optional.ofNullable(wanted), after, reach, limit);
    }

    public ChangeSearch after(ChangeNumber wanted) {
        return new ChangeSearch(statuses, models, groups, ci, board, text, Optional.of(wanted), reach, limit);
    }

    /** Only the changes of {@code visibleGroups}. */
    public ChangeSearch within(Iterable<GroupId> visibleGroups) {
        return new ChangeSearch(statuses, models, groups, ci, board, text, after,
                Optional.of(ImmutableSet.copyOf(visibleGroups)), limit);
    }
}
