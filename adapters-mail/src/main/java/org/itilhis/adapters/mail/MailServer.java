package org.itilhis.adapters.mail;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.Optional;

/**
 * Where a mail server is and how to log in: the part the SMTP and IMAP settings share.
 *
 * @param host           the server's host name or address
 * @param port           its port (SMTP 25 or 587, SMTPS 465; IMAP 143, IMAPS 993)
 * @param security       clear, STARTTLS (required) or TLS
 * @param user           the login, when the server asks for one
 * @param password       its password, never logged nor shown by {@link #toString()}
 * @param connectTimeout how long to wait for the connection
 * @param readTimeout    how long to wait for each answer of the server
 */
public record MailServer(String host, int port, MailSecurity security, Optional<String> user,
                         Optional<String> password, Duration connectTimeout, Duration readTimeout) {
    public MailServer {
        checkNotNull(host, "host");
        checkArgument(!host.isBlank(), "host is blank");
        host = host.strip();
        checkArgument(port > 0 && port < 65536, "port %s is not a TCP port", port);
        checkNotNull(security, "security");
        checkNotNull(user, "user");
        checkNotNull(password, "password");
        checkArgument(password.isEmpty() || user.isPresent(), "a password is given without a user");
        checkNotNull(connectTimeout, "connectTimeout");
        checkNotNull(readTimeout, "readTimeout");
        checkArgument(!connectTimeout.isNegative() && !connectTimeout.isZero() && connectTimeout.toMillis() < Integer.MAX_VALUE,
                "connectTimeout %s is not a positive number of milliseconds", connectTimeout);
        checkArgument(!readTimeout.isNegative() && !readTimeout.isZero() && readTimeout.toMillis() < Integer.MAX_VALUE,
                "readTimeout %s is not a positive number of milliseconds", readTimeout);
    }

    /** A server without login, with timeouts of 10 and 30 seconds. */
    public static MailServer of(String host, int port, MailSecurity security) {
        return new MailServer(host, port, security, Optional.empty(), Optional.empty(), Duration.ofSeconds(10),
                Duration.ofSeconds(30));
    }

    /** This server, logging in as {@code user} with {@code password}. */
    public MailServer withLogin(String user, String password) {
        return new MailServer(host, port, security, Optional.of(checkNotNull(user, "user")),
                Optional.of(checkNotNull(password, "password")), connectTimeout, readTimeout);
    }

    /** This server with other timeouts. */
    public MailServer withTimeouts(Duration connect, Duration read) {
        return new MailServer(host, port, security, user, password, connect, read);
    }

    @Override
    public String toString() {
        return security + " " + host + ":" + port + user.map(u -> " as " + u).orElse("");
    }
}
