package org.itilhis.core.cmdb;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A walk through the relationship graph that explains an answer of {@link ImpactAnalysis}: from
 * a failed item to an affected one, or from a failing service to a candidate cause. Each path
 * shares its beginning with the path it was extended from, so keeping one path per reached item
 * costs constant space per item; the lists are built when asked for.
 */
public final class CiPath {
    private final CiPath previous;
    private final Relationship via;
    private final CiId end;
    private final int length;

    private CiPath(CiPath previous, Relationship via, CiId end) {
        this.previous = previous;
        this.via = via;
        this.end = end;
        this.length = previous == null ? 0 : previous.length + 1;
    }

    /** The path of no step that starts and ends at {@code start}. */
    public static CiPath startingAt(CiId start) {
        return new CiPath(null, null, checkNotNull(start, "start"));
    }

    /** This path extended by one relationship, which must touch its end. */
    public CiPath then(Relationship relationship) {
        checkNotNull(relationship, "relationship");
        return new CiPath(this, relationship, relationship.otherEnd(end));
    }

    public CiId start() {
        CiPath path = this;
        while (path.previous != null) {
            path = path.previous;
        }
        return path.end;
    }

    public CiId end() {
        return end;
    }

    /** The number of relationships walked. */
    public int length() {
        return length;
    }

    /** The items walked through, from start to end. */
    public List<CiId> cis() {
        List<CiId> cis = new ArrayList<>(length + 1);
        for (CiPath path = this; path != null; path = path.previous) {
            cis.add(path.end);
        }
        Collections.reverse(cis);
        return ImmutableList.copyOf(cis);
    }

    /** The relationships walked, in order; the i-th joins the i-th and (i+1)-th of {@link #cis()}. */
    public List<Relationship> relationships() {
        List<Relationship> relationships = new ArrayList<>(length);
        for (CiPath path = this; path.previous != null; path = path.previous) {
            relationships.add(path.via);
        }
        Collections.reverse(relationships);
        return ImmutableList.copyOf(relationships);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CiPath path && path.length == length && path.cis().equals(cis()) && path.relationships().equals(relationships());
    }

    @Override
    public int hashCode() {
        return Objects.hash(cis(), relationships());
    }

    @Override
    public String toString() {
        return cis().toString();
    }
}
