package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.itilhis.ports.notification.out.InboundMail;
import org.itilhis.ports.notification.out.Mailbox;

/**
 * A replies mailbox in memory: mails delivered to it wait, in delivery order, until marked
 * processed. {@link #redeliver} puts a processed mail back as unread, as a crash before marking
 * or a second node would.
 */
public final class InMemoryMailbox implements Mailbox {
    private final Map<String, InboundMail> mails = new LinkedHashMap<>();
    private final Set<String> processed = ConcurrentHashMap.newKeySet();

    public synchronized void deliver(InboundMail mail) {
        checkNotNull(mail, "mail");
        mails.put(mail.messageId(), mail);
    }

    /** Makes {@code messageId} unread again. */
    public synchronized void redeliver(String messageId) {
        processed.remove(messageId);
    }

    @Override
    public synchronized List<InboundMail> unprocessed(int limit) {
        checkArgument(limit > 0, "limit %s is not positive", limit);
        List<InboundMail> waiting = new ArrayList<>();
        for (InboundMail mail : mails.values()) {
            if (waiting.size() < limit && !processed.contains(mail.messageId())) {
                waiting.add(mail);
            }
        }
        return waiting;
    }

    @Override
    public synchronized void markProcessed(String messageId) {
        if (mails.containsKey(checkNotNull(messageId, "messageId"))) {
            processed.add(messageId);
        }
    }

    /** The Message-IDs marked processed. */
    public synchronized Set<String> processed() {
        return Set.copyOf(processed);
    }
}
