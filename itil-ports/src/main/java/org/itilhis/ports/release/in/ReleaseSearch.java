package org.itilhis.ports.release.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.release.ReleaseNumber;
import org.itilhis.core.release.ReleaseStatus;

/**
 * What to look for among releases; every criterion left empty matches everything. {@code
 * change} keeps the releases that bundle it; {@code text} matches the summary or the release's
 * software version, case-insensitively. Results come by number, oldest first, at most {@code
 * limit}, starting after the number {@code after} when given: to read every match, search again
 * after the last number found until fewer than {@code limit} come back.
 */
public record ReleaseSearch(
        ImmutableSet<ReleaseStatus> statuses,
        Optional<ChangeId> change,
        Optional<String> text,
        Optional<ReleaseNumber> after,
        int limit) {

    public static final int MAX_LIMIT = 500;

    public ReleaseSearch {
        checkNotNull(statuses, "statuses");
        checkNotNull(change, "change");
        checkNotNull(text, "text");
        checkNotNull(after, "after");
        text = text.map(String::strip).filter(t -> !t.isEmpty());
        checkArgument(limit >= 1 && limit <= MAX_LIMIT, "limit %s not within 1..%s", limit, MAX_LIMIT);
    }

    /** Every release, up to {@code limit}. */
    public static ReleaseSearch all(int limit) {
        return new ReleaseSearch(ImmutableSet.of(), Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }

    public ReleaseSearch withStatuses(Iterable<ReleaseStatus> wanted) {
        return new ReleaseSearch(ImmutableSet.copyOf(wanted), change, text, after, limit);
    }

    public ReleaseSearch bundling(ChangeId wanted) {
        return new ReleaseSearch(statuses, Optional.of(wanted), text, after, limit);
    }

    public ReleaseSearch withText(String wanted) {
        return new ReleaseSearch(statuses, change, Optional.ofNullable(wanted), after, limit);
    }

    public ReleaseSearch after(ReleaseNumber wanted) {
        return new ReleaseSearch(statuses, change, text, Optional.of(wanted), limit);
    }
}
