package org.itilhis.examples;

import org.itilhis.ports.common.Notification;
import org.itilhis.ports.common.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's notification channel: a log line per notification on the logger
 * {@code org.itilhis.examples.notifications}, with its topic and ticket number only. The
 * recipient and the text are left out: a summary may name a patient, and who is notified
 * of what is itself personal data. A hospital plugs WeCom, DingTalk, SMS or e-mail in here.
 */
final class LoggingNotifier implements Notifier {
    private static final Logger LOG = LoggerFactory.getLogger("org.itilhis.examples.notifications");

    @Override
    public void notify(Notification notification) {
        LOG.info("notify: {} on {}", notification.topic(), notification.reference());
    }
}
