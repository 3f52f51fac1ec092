package org.itilhis.ports.notification.in;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.notification.MailReply;
import org.itilhis.core.shared.Actor;

/**
 * The mails of the replies mailbox the library refused (bounces, automatic replies, unknown
 * senders, replies from someone other than the caller, replies the desk refused), for the
 * service desk to follow up by hand. Needs {@link org.itilhis.core.access.Permission#VIEW_NOTIFICATIONS}
 * on every record (scope any): a refused mail belongs to no group.
 *
 * @throws org.itilhis.core.access.NotPermittedException when the actor may not view notifications
 */
public interface MailReplyQueries {
    /**
     * The refused mails, newest first, at most {@code limit} (1 to {@value #MAX_LIMIT}), after
     * {@code after} when given (the {@link MailReply#position()} of the last mail of a page).
     */
    List<MailReply> refused(Actor actor, Optional<MailReply.Position> after, int limit);

    int MAX_LIMIT = 200;
}
