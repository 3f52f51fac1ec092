package org.itilhis.ports.notification.in;

import java.util.Optional;
import org.itilhis.core.notification.PendingDelivery;

/**
 * An operator's way out of a dead letter: replay it (the channel works again) or skip it (the
 * event is of no use any more), each recorded in the event log with who, when and, for a skip,
 * why. Needs {@code MANAGE_DEAD_LETTERS}.
 */
public interface DeadLetterUseCase {
    /**
     * @return the delivery, due now
     * @throws DeadLetterNotFoundException if the subscriber has no dead letter at that position
     * @throws org.itilhis.core.access.NotPermittedException if the actor may not manage dead letters
     */
    PendingDelivery replay(RelayCommand.ReplayDeadLetter command);

    /**
     * @return the next held delivery of the same record, now due, if there was one
     * @throws DeadLetterNotFoundException if the subscriber has no dead letter at that position
     * @throws org.itilhis.core.access.NotPermittedException if the actor may not manage dead letters
     */
    Optional<PendingDelivery> skip(RelayCommand.SkipDeadLetter command);
}
