package org.itilhis.ports.notification.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.Permission;
import org.itilhis.core.notification.MailReply;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.common.StaffDirectory;
import org.itilhis.ports.notification.in.MailReplyQueries;
import org.itilhis.ports.notification.out.MailReplyLog;

/** Lists the refused replies from the {@link MailReplyLog} to those who may view notifications. */
public final class MailReplyQueryService implements MailReplyQueries {
    private final MailReplyLog replies;
    private final AccessPolicy access;
    private final StaffDirectory directory;

    public MailReplyQueryService(MailReplyLog replies, AccessPolicy access, StaffDirectory directory) {
        this.replies = checkNotNull(replies, "replies");
        this.access = checkNotNull(access, "access");
        this.directory = checkNotNull(directory, "directory");
    }

    @Override
    public List<MailReply> refused(Actor actor, Optional<MailReply.Position> after, int limit) {
        checkNotNull(actor, "actor");
        checkNotNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidCommandException.of("limit", "must be between 1 and " + MAX_LIMIT);
        }
        access.check(actor, Permission.VIEW_NOTIFICATIONS, AccessContext.general(directory.groupsOf(actor.staffId())),
                "the refused e-mail replies");
        return replies.refused(after, limit);
    }
}
