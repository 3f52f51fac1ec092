package org.itilhis.examples;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Optional;
import org.itilhis.adapters.mail.ImapSettings;
import org.itilhis.adapters.mail.MailSecurity;
import org.itilhis.adapters.mail.MailServer;
import org.itilhis.adapters.mail.SmtpSettings;

/**
 * How the server's notifications leave it and come back (issue 19): the SMTP server e-mail
 * notifications go out through, the IMAP mailbox the replies are read from, and the management
 * port the relay's metrics are scraped on. WeCom and DingTalk need no setting here: their robots
 * are data ({@code PUT /api/v1/group-robots/{group}/{channel}}), and so are webhooks. Nothing is on
 * unless set; the settings are listed in {@link ServerConfiguration}'s table.
 *
 * @param smtp        e-mail notifications; empty: people without another channel are told in the log
 * @param imap        replies by e-mail becoming caller contacts; empty: not read
 * @param metricsPort the port of {@code GET /metrics} (Prometheus) on the server's host; empty: none
 */
public record NotificationServerSettings(Optional<SmtpSettings> smtp, Optional<ImapSettings> imap,
                                         Optional<Integer> metricsPort) {
    /** The settings by environment variable name, with their system property names. */
    static final ImmutableMap<String, String> PROPERTIES = ImmutableMap.<String, String>builder()
            .put("ITILHIS_SMTP_HOST", "itilhis.smtp.host")
            .put("ITILHIS_SMTP_PORT", "itilhis.smtp.port")
            .put("ITILHIS_SMTP_SECURITY", "itilhis.smtp.security")
            .put("ITILHIS_SMTP_USER", "itilhis.smtp.user")
            .put("ITILHIS_SMTP_PASSWORD", Settings.ENVIRONMENT_ONLY)
            .put("ITILHIS_MAIL_FROM", "itilhis.mail.from")
            .put("ITILHIS_MAIL_REPLY_TO", "itilhis.mail.reply-to")
            .put("ITILHIS_IMAP_HOST", "itilhis.imap.host")
            .put("ITILHIS_IMAP_PORT", "itilhis.imap.port")
            .put("ITILHIS_IMAP_SECURITY", "itilhis.imap.security")
            .put("ITILHIS_IMAP_USER", "itilhis.imap.user")
            .put("ITILHIS_IMAP_PASSWORD", Settings.ENVIRONMENT_ONLY)
            .put("ITILHIS_METRICS_PORT", "itilhis.metrics.port")
            .buildOrThrow();

    /** Nothing configured: notifications to the log, no replies read, no metrics port. */
    public static final NotificationServerSettings NONE = new NotificationServerSettings(Optional.empty(),
            Optional.empty(), Optional.empty());

    public NotificationServerSettings {
        checkNotNull(smtp, "smtp");
        checkNotNull(imap, "imap");
        checkNotNull(metricsPort, "metricsPort");
    }

    static NotificationServerSettings from(Settings settings) {
        Optional<SmtpSettings> smtp = settings.get("ITILHIS_SMTP_HOST").map(host -> {
            MailServer server = server(settings, "SMTP", host, 587);
            String from = required(settings, "ITILHIS_MAIL_FROM", "ITILHIS_SMTP_HOST");
            return SmtpSettings.of(server, from, settings.get("ITILHIS_MAIL_REPLY_TO").orElse(from));
        });
        Optional<ImapSettings> imap = settings.get("ITILHIS_IMAP_HOST").map(host ->
                ImapSettings.inbox(server(settings, "IMAP", host, 993)));
        for (String name : PROPERTIES.keySet()) {
            boolean needsSmtp = name.startsWith("ITILHIS_SMTP_") || name.startsWith("ITILHIS_MAIL_");
            checkArgument(!needsSmtp || smtp.isPresent() || !settings.isSet(name),
                    "%s is set without ITILHIS_SMTP_HOST, which it needs", settings.shown(name));
            checkArgument(!name.startsWith("ITILHIS_IMAP_") || imap.isPresent() || !settings.isSet(name),
                    "%s is set without ITILHIS_IMAP_HOST, which it needs", settings.shown(name));
        }
        Optional<Integer> metrics = settings.isSet("ITILHIS_METRICS_PORT")
                ? Optional.of(settings.number("ITILHIS_METRICS_PORT", 0)) : Optional.empty();
        metrics.ifPresent(port -> checkArgument(port >= 0 && port <= 65_535, "%s: port %s is out of range",
                settings.shown("ITILHIS_METRICS_PORT"), port));
        return new NotificationServerSettings(smtp, imap, metrics);
    }

    private static MailServer server(Settings settings, String protocol, String host, int defaultPort) {
        String prefix = "ITILHIS_" + protocol + "_";
        int port = settings.number(prefix + "PORT", defaultPort);
        checkArgument(port > 0 && port <= 65_535, "%s: port %s is out of range", settings.shown(prefix + "PORT"), port);
        String security = settings.get(prefix + "SECURITY").orElse(port == 465 || port == 993 ? "tls" : "starttls");
        MailSecurity chosen = switch (security.toLowerCase(Locale.ROOT)) {
            case "none" -> MailSecurity.NONE;
            case "starttls" -> MailSecurity.STARTTLS;
            case "tls" -> MailSecurity.TLS;
            default -> throw new IllegalArgumentException(settings.shown(prefix + "SECURITY")
                    + ": none, starttls or tls, not " + security);
        };
        MailServer server = MailServer.of(host, port, chosen);
        Optional<String> user = settings.get(prefix + "USER");
        return user.map(login -> server.withLogin(login, settings.get(prefix + "PASSWORD").orElse(""))).orElse(server);
    }

    private static String required(Settings settings, String name, String with) {
        return settings.get(name).orElseThrow(() -> new IllegalArgumentException(
                settings.shown(name) + " is required with " + with));
    }

    /** For the start-up lines: what is on, never a password. */
    public String describe() {
        return "e-mail: " + smtp.map(on -> "through " + on.server().host() + ":" + on.server().port()).orElse("off")
                + "; replies by e-mail: " + imap.map(on -> "read from " + on.server().host()).orElse("off")
                + "; metrics: " + metricsPort.map(port -> "GET /metrics on port " + port).orElse("off");
    }
}
