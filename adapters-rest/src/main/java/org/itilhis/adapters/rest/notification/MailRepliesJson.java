package org.itilhis.adapters.rest.notification;

import java.util.List;

/** One page of the refused replies by e-mail, newest first; {@code next} is absent on the last page. */
public record MailRepliesJson(List<MailReplyJson> items, String next) {
}
