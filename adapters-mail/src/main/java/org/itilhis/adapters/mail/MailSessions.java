package org.itilhis.adapters.mail;

import jakarta.mail.Session;
import java.util.Properties;

/** Jakarta Mail sessions for a {@link MailServer}: its protocol, timeouts and TLS as session properties. */
final class MailSessions {
    private MailSessions() {
    }

    /** The protocol name Jakarta Mail knows the server by: {@code smtp} or {@code smtps}, {@code imap} or {@code imaps}. */
    static String protocol(String base, MailServer server) {
        return server.security() == MailSecurity.TLS ? base + "s" : base;
    }

    static Session session(String base, MailServer server, Properties extra) {
        String protocol = protocol(base, server);
        String prefix = "mail." + protocol + ".";
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", protocol);
        properties.setProperty("mail.store.protocol", protocol);
        properties.setProperty(prefix + "host", server.host());
        properties.setProperty(prefix + "port", Integer.toString(server.port()));
        properties.setProperty(prefix + "connectiontimeout", Long.toString(server.connectTimeout().toMillis()));
        properties.setProperty(prefix + "timeout", Long.toString(server.readTimeout().toMillis()));
        properties.setProperty(prefix + "writetimeout", Long.toString(server.readTimeout().toMillis()));
        properties.setProperty(prefix + "auth", Boolean.toString(server.user().isPresent()));
        if (server.security() == MailSecurity.STARTTLS) {
            properties.setProperty(prefix + "starttls.enable", "true");
            properties.setProperty(prefix + "starttls.required", "true");
        }
        if (server.security() != MailSecurity.NONE) {
            properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        extra.forEach((name, value) -> properties.setProperty(prefix + name, value.toString()));
        return Session.getInstance(properties);
    }
}
