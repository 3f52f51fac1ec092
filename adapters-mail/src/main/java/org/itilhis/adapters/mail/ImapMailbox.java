package org.itilhis.adapters.mail;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.itilhis.ports.notification.out.InboundMail;
import org.itilhis.ports.notification.out.Mailbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The replies mailbox over IMAP: reads the unseen mails of a folder without marking them (BODY.PEEK),
 * oldest first, and marks a mail processed by flagging it \Seen, or by moving it to a folder of
 * processed mail when the settings name one. A mail is found again by its IMAP UID, remembered
 * from the last read while the folder's UIDVALIDITY holds; a mail without a Message-ID is given a
 * stable stand-in made of both ({@code uid.<validity>.<uid>@<folder>.imap}).
 *
 * <p>Each call connects, works and disconnects, within the settings' timeouts; a failure is a
 * {@link MailAdapterException}, and the timer tries again on its next run. Calls are serialised.
 */
public final class ImapMailbox implements Mailbox {
    private static final Logger LOG = LoggerFactory.getLogger(ImapMailbox.class);
    private static final FetchProfile FETCHED = fetched();

    private final ImapSettings settings;
    private final Session session;
    private final Clock clock;
    /** Message-ID to the UID of the last read, with the folder's UIDVALIDITY. */
    private final Map<String, long[]> uids = new ConcurrentHashMap<>();

    public ImapMailbox(ImapSettings settings, Clock clock) {
        this.settings = checkNotNull(settings, "settings");
        this.clock = checkNotNull(clock, "clock");
        Properties peek = new Properties();
        peek.setProperty("peek", "true");
        this.session = MailSessions.session("imap", settings.server(), peek);
    }

    @Override
    public synchronized List<InboundMail> unprocessed(int limit) {
        checkArgument(limit > 0, "limit %s is not positive", limit);
        return withFolder(Folder.READ_ONLY, "reading", folder -> {
            UIDFolder byUid = (UIDFolder) folder;
            long validity = byUid.getUIDValidity();
            Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
            List<Message> oldestFirst = new ArrayList<>(Arrays.asList(unseen));
            oldestFirst.sort(Comparator.comparing(Message::getMessageNumber));
            Message[] batch = oldestFirst.subList(0, Math.min(limit, oldestFirst.size())).toArray(Message[]::new);
            folder.fetch(batch, FETCHED);  // one round trip for the envelopes, UIDs and headers of the batch
            List<InboundMail> mails = new ArrayList<>();
            for (Message message : batch) {
                long uid = byUid.getUID(message);
                InboundMail mail = read(message, standIn(validity, uid));
                uids.put(mail.messageId(), new long[] {validity, uid});
                mails.add(mail);
            }
            return mails;
        });
    }

    @Override
    public synchronized void markProcessed(String messageId) {
        checkNotNull(messageId, "messageId");
        long[] known = uids.get(messageId);
        if (known == null) {
            return;
        }
        withFolder(Folder.READ_WRITE, "marking " + messageId + " processed in", folder -> {
            UIDFolder byUid = (UIDFolder) folder;
            if (byUid.getUIDValidity() != known[0]) {
                return null;  // the folder was rebuilt: the mail is read again, and skipped as handled
            }
            Message message = byUid.getMessageByUID(known[1]);
            if (message != null) {
                message.setFlag(Flags.Flag.SEEN, true);
                if (settings.processedFolder().isPresent()) {
                    Folder processed = folder.getStore().getFolder(settings.processedFolder().get());
                    if (!processed.exists()) {
                        processed.create(Folder.HOLDS_MESSAGES);
                    }
                    folder.copyMessages(new Message[] {message}, processed);
                    message.setFlag(Flags.Flag.DELETED, true);
                    folder.expunge();
                }
            }
            uids.remove(messageId);
            return null;
        });
    }

    /**
     * The mail as far as it can be read: one the adapter cannot parse (broken MIME, an unknown
     * charset) is handed on under its stand-in id with what little is known, so that it is
     * refused and marked rather than read again on every run, holding up the mailbox.
     */
    private InboundMail read(Message message, String standIn) throws MessagingException {
        try {
            return InboundMails.of(message, standIn, clock.instant());
        } catch (MessagingException | IOException | RuntimeException unreadable) {
            LOG.warn("Mail {} of {} cannot be read: {}", standIn, settings.folder(), unreadable.toString());
            return InboundMail.of(standIn, "", "", "", Map.of("content-type", "unreadable"), List.of(),
                    clock.instant());
        }
    }

    private static FetchProfile fetched() {
        FetchProfile profile = new FetchProfile();
        profile.add(FetchProfile.Item.ENVELOPE);
        profile.add(FetchProfile.Item.CONTENT_INFO);
        profile.add(UIDFolder.FetchProfileItem.UID);
        InboundMail.HEADERS.forEach(profile::add);
        profile.add("In-Reply-To");
        profile.add("References");
        return profile;
    }

    private String standIn(long validity, long uid) {
        return "uid." + validity + "." + uid + "@" + settings.folder().replaceAll("[^A-Za-z0-9-]", "-") + ".imap";
    }

    private <T> T withFolder(int mode, String doing, FolderWork<T> work) {
        MailServer server = settings.server();
        try (Store store = session.getStore()) {
            store.connect(server.host(), server.port(), server.user().orElse(null), server.password().orElse(null));
            Folder folder = store.getFolder(settings.folder());
            folder.open(mode);
            try {
                return work.apply(folder);
            } finally {
                if (folder.isOpen()) {
                    folder.close(false);
                }
            }
        } catch (MessagingException | IOException failure) {
            throw new MailAdapterException("The IMAP server " + server + " failed while " + doing + " folder "
                    + settings.folder() + ": " + failure.getMessage(), failure);
        }
    }

    @FunctionalInterface
    private interface FolderWork<T> {
        T apply(Folder folder) throws MessagingException, IOException;
    }
}
