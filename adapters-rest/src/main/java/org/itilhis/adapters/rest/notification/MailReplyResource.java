package org.itilhis.adapters.rest.notification;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.io.BaseEncoding;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.core.notification.MailReply;
import org.itilhis.core.shared.Text;
import org.itilhis.ports.notification.in.MailReplyQueries;

/**
 * {@code GET /api/v1/mail-replies}: the mails of the replies mailbox the library refused
 * (bounces, automatic replies, its own mail come back, unknown senders, replies from someone
 * other than the caller, replies the desk refused), newest first, {@code limit} per page (default
 * 20, at most 100), {@code cursor} from the page before, each with its reason in the reader's
 * language. Needs VIEW_NOTIFICATIONS, decided by the core (403 otherwise); served when the API is
 * given the {@link MailReplyQueries} (404 otherwise).
 */
@Singleton
@Path(ApiPaths.MAIL_REPLIES)
@Produces(MediaType.APPLICATION_JSON)
public final class MailReplyResource extends ResourceSupport {
    /** The configuration property under which the application carries the {@link MailReplyQueries}. */
    public static final String QUERIES = MailReplyResource.class.getName() + ".queries";
    static final int DEFAULT_PAGE = 20;
    static final int MAX_PAGE = 100;
    private static final String CURSOR_VERSION = "1";
    private static final BaseEncoding TOKEN = BaseEncoding.base64Url().omitPadding();

    private final MailReplyQueries queries;

    public MailReplyResource(@Context Configuration configuration) {
        super(Resources.dependencies(configuration).validation());
        if (!(configuration.getProperty(QUERIES) instanceof MailReplyQueries found)) {
            throw new IllegalStateException("the application has no property " + QUERIES);
        }
        this.queries = checkNotNull(found, "queries");
    }

    @GET
    public MailRepliesJson refused(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Fields fields = new Fields();
        int size = fields.count("limit", limit, MAX_PAGE, DEFAULT_PAGE);
        Optional<MailReply.Position> after = position(cursor, fields);
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        // one more than asked for, to know whether a next page exists
        List<MailReply> found = queries.refused(actor(), after, size + 1);
        List<MailReply> page = found.subList(0, Math.min(size, found.size()));
        String next = found.size() > size ? token(page.get(page.size() - 1).position()) : null;
        Locale locale = locale();
        return new MailRepliesJson(page.stream()
                .map(reply -> MailReplyJson.of(reply, Text.label(reply.outcome()).in(locale))).toList(), next);
    }

    /** An opaque token of {@code 1|<handled at>|<Message-ID>}. */
    private static String token(MailReply.Position position) {
        return TOKEN.encode(String.join("|", CURSOR_VERSION, position.handledAt().toString(), position.messageId())
                .getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<MailReply.Position> position(String token, Fields fields) {
        if (token == null) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(TOKEN.decode(token), StandardCharsets.UTF_8).split("\\|", 3);
            if (parts.length == 3 && parts[0].equals(CURSOR_VERSION) && !parts[2].isEmpty()) {
                return Optional.of(new MailReply.Position(Instant.parse(parts[1]), parts[2]));
            }
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            // refused below like any token this server did not issue
        }
        fields.check(false, "cursor", "field.invalid-cursor");
        return Optional.empty();
    }
}
