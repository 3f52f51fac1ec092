package org.itilhis.ports.out;

/**
 * Tells people about what concerns them (an assignment, an escalation, a resolution):
 * WeCom, DingTalk, SMS or e-mail adapters implement it. Called after the change is
 * committed; a failure to notify never undoes the change.
 */
public interface Notifier {
    void notify(Notification notification);
}
