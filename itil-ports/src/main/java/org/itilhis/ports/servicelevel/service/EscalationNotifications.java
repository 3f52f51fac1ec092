package org.itilhis.ports.servicelevel.service;

import java.util.Optional;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.sla.ThresholdCrossed;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.common.Notification;
import org.itilhis.ports.common.Notifier;
import org.itilhis.ports.common.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who hears of an escalation: the lead of the group holding the ticket, for warnings and
 * breaches alike (hierarchical escalation: the lead can reassign or add hands). Sent after
 * the commit; a failing notifier is logged and never undoes the escalation.
 */
final class EscalationNotifications {
    private static final Logger LOG = LoggerFactory.getLogger(EscalationNotifications.class);

    private final StaffDirectory directory;
    private final Notifier notifier;

    EscalationNotifications(StaffDirectory directory, Notifier notifier) {
        this.directory = directory;
        this.notifier = notifier;
    }

    void send(ThresholdCrossed escalation) {
        Optional<StaffId> lead = directory.group(escalation.group()).map(AssignmentGroup::lead);
        if (lead.isEmpty()) {
            LOG.warn("nobody to tell of {} on ticket {}: group {} has no lead in the directory",
                    escalation.threshold(), escalation.number(), escalation.group());
            return;
        }
        String text = escalation.number() + " [" + escalation.priority() + "] " + escalation.threshold()
                + (escalation.threshold().isBreach() ? ": target missed" : ": target at risk");
        try {
            notifier.notify(new Notification(lead.get(), escalation.type(), escalation.number().toString(), text));
        } catch (RuntimeException e) {
            LOG.warn("notifying {} of {} on ticket {} failed", lead.get(), escalation.threshold(), escalation.number(), e);
        }
    }
}
