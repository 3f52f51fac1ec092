package org.itilhis.adapters.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itilhis.ports.notification.out.InboundMail;

/** Reads a Jakarta Mail message into an {@link InboundMail}: who, what about, the text, and the headers that matter. */
final class InboundMails {
    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");

    private InboundMails() {
    }

    static InboundMail of(Message message, String standInId, Instant now) throws MessagingException, IOException {
        String messageId = message instanceof MimeMessage mime && mime.getMessageID() != null
                ? ids(mime.getMessageID()).stream().findFirst().orElse(standInId) : standInId;
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : InboundMail.HEADERS) {
            String[] values = message.getHeader(name);
            if (values != null && values.length > 0) {
                headers.put(name, String.join(", ", values));
            }
        }
        headers.put("content-type", message.getContentType() == null ? "text/plain" : message.getContentType());
        List<String> references = new ArrayList<>();
        for (String name : List.of("In-Reply-To", "References")) {
            String[] values = message.getHeader(name);
            if (values != null) {
                for (String value : values) {
                    references.addAll(ids(value));
                }
            }
        }
        Instant received = Optional.ofNullable(message.getReceivedDate()).or(() -> Optional.ofNullable(
                        uncheckedSentDate(message))).map(date -> date.toInstant()).orElse(now);
        return InboundMail.of(messageId, from(message), Optional.ofNullable(message.getSubject()).orElse(""),
                text(message).orElse(""), headers, references, received);
    }

    private static Date uncheckedSentDate(Message message) {
        try {
            return message.getSentDate();
        } catch (MessagingException unreadable) {
            return null;
        }
    }

    private static String from(Message message) throws MessagingException {
        Address[] from = message.getFrom();
        if (from != null && from.length > 0 && from[0] instanceof InternetAddress address) {
            return address.getAddress();
        }
        return "";
    }

    /** The message ids in angle brackets in {@code value}, without them; a bare id when there are none. */
    private static List<String> ids(String value) {
        List<String> ids = new ArrayList<>();
        Matcher m = MESSAGE_ID.matcher(value);
        while (m.find()) {
            ids.add(m.group(1));
        }
        if (ids.isEmpty() && !value.isBlank() && !value.strip().contains(" ")) {
            ids.add(value.strip());
        }
        return ids;
    }

    /** The first text/plain part, depth first; else the first text/html part without its tags. */
    private static Optional<String> text(Part part) throws MessagingException, IOException {
        Optional<String> plain = find(part, "text/plain");
        return plain.isPresent() ? plain : find(part, "text/html").map(InboundMails::withoutTags);
    }

    private static Optional<String> find(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            Object content = part.getContent();
            return content instanceof String text ? Optional.of(text) : Optional.empty();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Optional<String> found = find(child, type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** An HTML body's text: no scripts, styles or quoted blocks, line breaks kept, tags and common entities gone. */
    private static String withoutTags(String html) {
        return html.replaceAll("(?is)<(script|style|blockquote)[^>]*>.*</\\1>", "")
                .replaceAll("(?i)<br\\s*/?>|</p>|</div>", "\n")
                .replaceAll("<[^>]+>", "")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
