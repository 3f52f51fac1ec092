package org.itilhis.ports.release.service;

import java.util.List;
import org.itilhis.core.change.Change;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeStatus;
import org.itilhis.core.release.BundledChange;
import org.itilhis.core.release.ChangeStanding;
import org.itilhis.ports.change.in.ChangeNotFoundException;
import org.itilhis.ports.change.out.ChangeRepository;

/**
 * Where the changes a release bundles stand in change management, read from the change
 * repository when a release's step needs it (the hospital-wide go, closing), as the facts
 * the release decides with ({@link BundledChange}).
 */
final class ChangeStandings {
    private final ChangeRepository changes;

    ChangeStandings(ChangeRepository changes) {
        this.changes = changes;
    }

    /** @throws ChangeNotFoundException if a change does not exist */
    Change existing(ChangeId id) {
        return changes.find(id).orElseThrow(() -> new ChangeNotFoundException(id));
    }

    /** The facts about each of {@code bundled}, in their order. */
    List<BundledChange> of(Iterable<ChangeId> bundled) {
        List<BundledChange> facts = new java.util.ArrayList<>();
        for (ChangeId id : bundled) {
            Change change = existing(id);
            facts.add(BundledChange.of(id, change.number(), standing(change.status())));
        }
        return facts;
    }

    /** A change's state as a release sees it. */
    static ChangeStanding standing(ChangeStatus status) {
        return switch (status) {
            case APPROVED, SCHEDULED, IMPLEMENTING -> ChangeStanding.APPROVED;
            case IMPLEMENTED, IN_REVIEW -> ChangeStanding.IMPLEMENTED;
            case CLOSED -> ChangeStanding.CLOSED;
            case FAILED, BACKED_OUT -> ChangeStanding.FAILED;
            case REJECTED, CANCELLED -> ChangeStanding.WITHDRAWN;
            case DRAFT, SUBMITTED, ASSESSED, AWAITING_APPROVAL -> ChangeStanding.NOT_APPROVED;
        };
    }
}
