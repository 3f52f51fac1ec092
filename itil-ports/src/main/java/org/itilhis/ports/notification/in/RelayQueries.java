package org.itilhis.ports.notification.in;

import java.util.List;
import org.itilhis.core.notification.PendingDelivery;
import org.itilhis.core.shared.Actor;

/** How the notification relay stands: needs {@code VIEW_NOTIFICATIONS}. */
public interface RelayQueries {
    /**
     * The head of the log and every subscriber the relay follows or knows a position of.
     *
     * @throws org.itilhis.core.access.NotPermittedException if the actor may not view notifications
     */
    RelayOverview overview(Actor actor);

    /**
     * The subscriber's dead letters after {@code afterPosition}, earliest first, at most {@code limit}.
     *
     * @throws org.itilhis.core.access.NotPermittedException if the actor may not view notifications
     */
    List<PendingDelivery> deadLetters(Actor actor, String subscriber, long afterPosition, int limit);
}
