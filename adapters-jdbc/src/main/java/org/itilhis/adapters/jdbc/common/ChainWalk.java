package org.itilhis.adapters.jdbc.common;

import static com.google.common.base.Preconditions.checkState;

import java.util.Objects;
import org.itilhis.ports.common.AuditTrailCheck;
import org.itilhis.ports.common.AuditTrailCheck.BrokenLink;
import org.itilhis.ports.common.AuditTrailCheck.Fault;

/**
 * One walk along the sealed event log, oldest first, up to the head recorded in
 * {@code event_chain}, stopping at the first event out of place. What it holds for true of an
 * untouched log (ADR 0009): a sealer gives consecutive positions from the head on, each with
 * the hash of its content and its predecessor's hash (empty for the first chained event), and
 * moves the head in the same transaction. Events logged before the chain began (schema
 * version 9) keep their positions, which may have gaps, and have no hash; they come first.
 */
final class ChainWalk {
    private final long headPosition;
    private final String headHash;
    private long checked;
    private long unchained;
    private long lastPosition;
    private String lastHash;
    private boolean chained;
    private BrokenLink broken;

    ChainWalk(long headPosition, String headHash) {
        this.headPosition = headPosition;
        this.headHash = headHash;
    }

    /** Checks the next event in position order; false (and the walk is over) if it is out of place. */
    boolean step(JdbcEventChain.Sealable event) {
        checkState(broken == null, "the walk ended at %s", broken);
        long position = event.id();
        String stored = event.storedHash();
        if (position < 1) {
            return breakAt(position, Fault.OUTSIDE_CHAIN);
        }
        if (stored == null && !chained) {
            unchained++;
            return accept(position, null);
        }
        if (position != lastPosition + 1) {
            return breakAt(lastPosition + 1, Fault.POSITION_MISSING);
        }
        if (stored == null) {
            return breakAt(position, Fault.HASH_MISSING);
        }
        if (!JdbcEventChain.hash(chained ? lastHash : "", position, event).equals(stored)) {
            return breakAt(position, Fault.HASH_MISMATCH);
        }
        chained = true;
        return accept(position, stored);
    }

    /** After the last event up to the head: whether the log ends where the head says, with its hash. */
    boolean end() {
        if (broken != null) {
            return false;
        }
        if (lastPosition < headPosition) {
            return breakAt(lastPosition + 1, Fault.HEAD_MISMATCH);
        }
        if (!Objects.equals(lastHash, headHash)) {
            return breakAt(headPosition, Fault.HEAD_MISMATCH);
        }
        return true;
    }

    /** An event lies beyond the head, where no sealer put it. */
    void outsideTheChain(long position) {
        breakAt(position, Fault.OUTSIDE_CHAIN);
    }

    AuditTrailCheck result() {
        return broken == null
                ? AuditTrailCheck.holding(checked, unchained, lastPosition)
                : AuditTrailCheck.broken(checked, unchained, lastPosition, broken);
    }

    private boolean accept(long position, String hash) {
        checked++;
        lastPosition = position;
        lastHash = hash;
        return true;
    }

    private boolean breakAt(long position, Fault fault) {
        broken = new BrokenLink(position, fault);
        return false;
    }
}
