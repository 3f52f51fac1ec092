package org.itilhis.core.notification;

/**
 * What became of one e-mail read from the hospital's replies mailbox. Only {@link #ACCEPTED}
 * changed anything (the reply was logged as a contact of the ticket's caller and linked to the
 * ticket); every other outcome is a refusal the service desk can list, with its reason. Bounces,
 * automatic replies and the library's own messages are refused before anything else is looked
 * at, so that no mail loop can form between the library and another robot.
 */
public enum MailReplyOutcome {
    /** Logged as the caller's e-mail contact and linked to the ticket. */
    ACCEPTED,
    /** A delivery status notification: a {@code multipart/report}, MAILER-DAEMON or an empty Return-Path. */
    BOUNCE,
    /** An automatic reply (Auto-Submitted, X-Autoreply, Precedence bulk/junk/list, X-Auto-Response-Suppress). */
    AUTO_REPLY,
    /** A notification the library sent itself, come back (a loop through a forwarding rule). */
    OWN_MESSAGE,
    /** Neither the subject nor In-Reply-To / References name a ticket. */
    NO_REFERENCE,
    /** No one's notification preference names the sender's address. */
    UNKNOWN_SENDER,
    /** The ticket does not exist or the sender is not its caller. */
    NOT_THE_CALLER,
    /** Nothing is left once the quoted message is taken off. */
    EMPTY_REPLY,
    /** The service desk refused the contact (the ticket is closed, say); the detail gives its code. */
    REFUSED_BY_DESK;

    public boolean isAccepted() {
        return this == ACCEPTED;
    }

    /** Whether the mail was refused as noise before anyone was looked up: a bounce, an auto-reply, a loop. */
    public boolean isNoise() {
        return this == BOUNCE || this == AUTO_REPLY || this == OWN_MESSAGE;
    }
}
