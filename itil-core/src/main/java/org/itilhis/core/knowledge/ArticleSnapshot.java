package org.itilhis.core.knowledge;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import org.itilhis.core.cmdb.CiId;

/**
 * The whole state of an article as one value: what adapters store and what
 * {@link Article#restore} accepts. Two articles are in the same state exactly when their
 * snapshots are equal.
 *
 * @param versions   every version, oldest first, numbered 1, 2, ...
 * @param linkedCis  the configuration items the article is about
 * @param timesUsed  how often its published versions helped solve a call or a ticket (a count of
 *                   {@link ArticleEvent.Used} events)
 * @param version    the number of events the article has recorded; the optimistic-locking version
 */
public record ArticleSnapshot(ArticleId id, ArticleNumber number, ImmutableList<ArticleVersion> versions,
                              ImmutableSet<CiId> linkedCis, long timesUsed, Instant createdAt, Instant updatedAt,
                              long version) {
    public ArticleSnapshot {
        checkNotNull(id, "id");
        checkNotNull(number, "number");
        checkNotNull(versions, "versions");
        checkArgument(!versions.isEmpty(), "article %s has no version", number);
        checkNotNull(linkedCis, "linkedCis");
        checkArgument(timesUsed >= 0, "timesUsed %s is negative", timesUsed);
        checkNotNull(createdAt, "createdAt");
        checkNotNull(updatedAt, "updatedAt");
        checkArgument(version >= 1, "version %s is below 1", version);
    }
}
