package org.itilhis.ports.configuration.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.itilhis.core.cmdb.CiClassCatalogue;
import org.itilhis.core.cmdb.CiDetails;
import org.itilhis.core.cmdb.CiGraph;
import org.itilhis.core.cmdb.CiMap;
import org.itilhis.core.cmdb.CiSnapshot;
import org.itilhis.core.cmdb.StoredCiGraph;
import org.itilhis.ports.configuration.out.ConfigurationItemRepository;

/**
 * The relationship graph of every stored item, kept per revision of the repository: an impact
 * query on an unchanged CMDB costs one revision read and the analysis. The rules the graph
 * keeps (stored relationships not checked again, retired and disposed items without their
 * relationships) are those of {@link StoredCiGraph}.
 *
 * <p>The first graph is built from every item. When the revision has moved on, only the items
 * saved since the graph's revision are read ({@link ConfigurationItemRepository#forEachSavedAfter})
 * and applied to the graph in place: a save costs the next query the reading of the changed items
 * and a change of the graph as small as theirs, not a rebuild. Readers never wait for that
 * work while the graph they ask for is the one they find: each {@link Built} is immutable, and a
 * writer prepares the next one beside it, publishing it when done; only a reader that needs the
 * newer revision waits for the writer (one at a time) to finish it. Should the revision go back
 * (it was read inside a transaction that then rolled back), or an update fail half way, every
 * item is read again. The graph is read outside transactions, or inside one that has saved no
 * item: a graph built on a transaction's own saves that then roll back would keep them.
 */
final class CmdbGraphs {
    private final ConfigurationItemRepository items;
    private final CiClassCatalogue classes;
    private final ReentrantLock writing = new ReentrantLock();
    private volatile Built built;
    /** The writer's side of {@link #built}; null until a first graph or after a failed update; guarded by {@link #writing}. */
    private StoredCiGraph stored;

    /** A graph and the details of its items, as of one revision. */
    record Built(long revision, CiGraph graph, CiMap<CiDetails> details) {
    }

    CmdbGraphs(ConfigurationItemRepository items, CiClassCatalogue classes) {
        this.items = checkNotNull(items, "items");
        this.classes = checkNotNull(classes, "classes");
    }

    /** The graph of the current revision. */
    Built current() {
        long revision = items.revision();
        Built known = built;
        if (known != null && known.revision() == revision) {
            return known;
        }
        writing.lock();
        try {
            known = built;
            if (known == null || known.revision() != revision) {
                known = update(known, revision);
                built = known;
            }
            return known;
        } finally {
            writing.unlock();
        }
    }

    /**
     * The graph at {@code revision}: the items saved after the known graph's revision applied to
     * it, or every item for a first graph, a revision gone back or after a failed update. The
     * changed items are read in full before any is applied, so a read that fails half way changes
     * nothing and the next query reads them again.
     */
    private Built update(Built known, long revision) {
        List<CiSnapshot> saved = new ArrayList<>();
        if (known == null || stored == null || revision < known.revision()) {
            items.forEach(saved::add);
            stored = new StoredCiGraph(classes).apply(saved);
        } else {
            items.forEachSavedAfter(known.revision(), saved::add);
            try {
                stored.apply(saved);
            } catch (RuntimeException failed) {
                stored = null;
                throw failed;
            }
        }
        return new Built(revision, stored.graph(), stored.details());
    }
}
