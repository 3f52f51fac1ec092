package org.itilhis.adapters.mail.archfixture;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

/** Planted violation: Jakarta Mail's types in a public signature. */
public final class LeakyMailer {
    public Session session() {
        return Session.getInstance(new Properties());
    }

    public void send(MimeMessage message) throws MessagingException {
        message.saveChanges();
    }
}
