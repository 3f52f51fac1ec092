package org.itilhis.ports.monitoring.out;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.monitoring.AlertRejection;
import org.itilhis.ports.monitoring.in.RejectionView;

/**
 * The deliveries and alerts the intake did not record, each kept with an increasing number.
 * {@code org.itilhis.testkit.contract.AlertRejectionLogContract} checks an implementation.
 */
public interface AlertRejectionLog {
    /** Keeps {@code rejections}, in order, in the caller's transaction. */
    void record(List<AlertRejection> rejections);

    /** The rejections numbered below {@code before} (all when empty), newest first, at most {@code limit}. */
    List<RejectionView> before(Optional<Long> before, int limit);
}
