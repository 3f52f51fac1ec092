package org.itilhis.ports.reporting.service;

import java.util.Optional;
import org.itilhis.core.backup.BackupEvent;
import org.itilhis.core.inspection.RoundEvent;
import org.itilhis.core.repair.RepairEvent;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.stock.StockMovement;
import org.itilhis.core.workload.OperationsWork;
import org.itilhis.ports.reporting.out.WorkTrack;

/**
 * The attribution of the operations records' events (issue 18), part of {@link Attribution}:
 * a recorded inspection round for who performed it, in the round's group, on the day recorded
 * (and as late when it was); a missed round for the round's group and no engineer (the library's
 * own flag, as the on-call pass-ons, is no one's work: its fact's engineer is the system, shown
 * as no one); a backup run recorded by a person the directory knows (not the backup software
 * posting it) and a restore test for its tester, in the job's group (kept as the job's track
 * from its definition); a repair opened or closed and a stock issue for who did it, in their
 * first group by id, as contacts are (repairs and stock belong to no group).
 */
final class OperationsAttribution {
    private final Attribution attribution;

    OperationsAttribution(Attribution attribution) {
        this.attribution = attribution;
    }

    /** Whether {@code event} is an operations record's: its aggregate's track may be needed. */
    static boolean tracked(DomainEvent event) {
        return event instanceof BackupEvent;
    }

    /** Counts {@code event} if it is operations work; false if it is not an operations record's event. */
    boolean apply(DomainEvent event) {
        if (event instanceof RoundEvent.Recorded e) {
            attribution.countOperations(e.occurredAt(), e.performedBy(), e.group().value(),
                    OperationsWork.oneRoundRecorded(e.late()));
        } else if (event instanceof RoundEvent.Missed e) {
            attribution.countForNoOne(e.occurredAt(), e.group().value(), OperationsWork.oneRoundMissed());
        } else if (event instanceof BackupEvent.JobDefined e) {
            attribution.put(new WorkTrack(e.aggregateId(), e.group().value(), "", 0, false, Optional.empty()));
        } else if (event instanceof BackupEvent.RunRecorded e) {
            StaffId recorder = e.run().recordedBy();
            if (attribution.isPerson(recorder)) {
                attribution.countOperations(e.occurredAt(), recorder, attribution.track(e.aggregateId()).group(),
                        OperationsWork.oneBackupRunRecorded());
            }
        } else if (event instanceof BackupEvent.RestoreTested e) {
            attribution.countOperations(e.occurredAt(), e.test().tester(), attribution.track(e.aggregateId()).group(),
                    OperationsWork.oneRestoreTest());
        } else if (event instanceof RepairEvent.Opened e) {
            countInFirstGroup(e, e.actor(), OperationsWork.oneRepairOpened());
        } else if (event instanceof RepairEvent.Closed e) {
            countInFirstGroup(e, e.actor(), OperationsWork.oneRepairClosed());
        } else if (event instanceof StockMovement.Issued e) {
            countInFirstGroup(e, e.actor(), OperationsWork.oneStockIssue());
        } else {
            return event instanceof RoundEvent || event instanceof BackupEvent || event instanceof RepairEvent
                    || event instanceof StockMovement;
        }
        return true;
    }

    private void countInFirstGroup(DomainEvent e, StaffId actor, OperationsWork work) {
        if (!actor.equals(Actor.SYSTEM_ID)) {
            attribution.countOperations(e.occurredAt(), actor, attribution.agentGroup(actor), work);
        }
    }
}
