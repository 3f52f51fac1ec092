package org.itilhis.adapters.mail;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * Where the replies are read.
 *
 * @param server          the IMAP server and the replies mailbox's login
 * @param folder          the folder the replies arrive in, usually {@code INBOX}
 * @param processedFolder where a processed mail is moved, when set (created if missing);
 *                        otherwise it stays and is flagged \Seen
 */
public record ImapSettings(MailServer server, String folder, Optional<String> processedFolder) {
    public ImapSettings {
        checkNotNull(server, "server");
        checkNotNull(folder, "folder");
        checkArgument(!folder.isBlank(), "folder is blank");
        checkNotNull(processedFolder, "processedFolder");
        checkArgument(!processedFolder.map(folder::equals).orElse(false), "processedFolder is the folder read");
    }

    /** Reads the INBOX and flags processed mail \Seen. */
    public static ImapSettings inbox(MailServer server) {
        return new ImapSettings(server, "INBOX", Optional.empty());
    }

    public ImapSettings movingProcessedTo(String processed) {
        return new ImapSettings(server, folder, Optional.of(processed));
    }
}
