package org.itilhis.ports.roster.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.roster.Handover;
import org.itilhis.core.roster.HandoverId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.common.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flags to the group lead every handover not signed by both within the grace period after its
 * change of shift, once: the {@code handover.flagged} event is saved with the handover's version,
 * so of two overlapping runs (two nodes) only one flags it, and the lead is notified after that
 * run's commit. Meant to be called periodically by a cluster-safe scheduler.
 */
public final class HandoverCheck {
    private static final Logger LOG = LoggerFactory.getLogger(HandoverCheck.class);
    /** The notification topic, the event type. */
    public static final String TOPIC = "handover.flagged";

    private final RosterPorts ports;
    private final RosterSettings settings;

    HandoverCheck(RosterPorts ports, RosterSettings settings) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
    }

    /** Flags what is overdue; answers how many handovers this run flagged. */
    public int run() {
        Instant now = ports.desk().clock().instant();
        List<Handover> overdue = ports.desk().transactions().inTransaction(
                () -> ports.handovers().unsignedChangedBefore(now.minus(settings.handoverGrace())));
        int flagged = 0;
        for (Handover candidate : overdue) {
            if (candidate.flaggedAt().isPresent()) {
                continue;
            }
            Optional<Notification> told = flag(candidate.id(), now);
            if (told.isPresent()) {
                flagged++;
                notifyLead(told.get());
            }
        }
        return flagged;
    }

    private Optional<Notification> flag(HandoverId id, Instant now) {
        try {
            return ports.desk().transactions().inTransaction(() -> {
                Optional<Handover> found = ports.handovers().find(id);
                if (found.isEmpty() || found.get().flaggedAt().isPresent()
                        || !found.get().overdue(settings.handoverGrace(), now)) {
                    return Optional.<Notification>empty();
                }
                Handover handover = found.get();
                Optional<StaffId> lead = ports.desk().directory().group(handover.group()).map(AssignmentGroup::lead);
                if (lead.isEmpty()) {
                    return Optional.<Notification>empty();
                }
                handover.flag(lead.get(), Actor.SYSTEM_ID, now);
                ports.handovers().save(handover);
                ports.desk().events().append(List.copyOf(handover.pullEvents()));
                return Optional.of(new Notification(lead.get(), TOPIC, id.toString(), "The handover of "
                        + handover.group() + " from " + handover.outgoing() + " to " + handover.incoming() + " at "
                        + handover.shiftChange() + " is not signed by both"));
            });
        } catch (VersionConflictException e) {
            LOG.info("handover {} was changed or flagged by another run; this one leaves it", id);
            return Optional.empty();
        }
    }

    private void notifyLead(Notification notification) {
        try {
            ports.desk().notifier().notify(notification);
        } catch (RuntimeException e) {
            LOG.warn("could not tell {} about handover {}", notification.recipient(), notification.reference(), e);
        }
    }
}
