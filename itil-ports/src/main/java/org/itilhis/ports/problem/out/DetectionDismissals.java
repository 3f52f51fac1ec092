package org.itilhis.ports.problem.out;

import java.util.List;
import org.itilhis.core.problem.detection.Dismissal;

/**
 * The candidate problems the problem manager dismissed, kept for good: proactive detection
 * reads them to hide the incidents each dismissal covered (its rule and key, up to its time).
 */
public interface DetectionDismissals {
    /**
     * Keeps {@code dismissal}, with the transaction of the caller.
     *
     * @throws org.itilhis.ports.common.StorageException on an infrastructure failure
     */
    void record(Dismissal dismissal);

    /** Every dismissal kept, oldest first. */
    List<Dismissal> list();
}
