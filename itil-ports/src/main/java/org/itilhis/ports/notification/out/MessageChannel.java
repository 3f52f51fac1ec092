package org.itilhis.ports.notification.out;

import org.itilhis.core.notification.Channel;

/**
 * Sends rendered messages on one {@link Channel}: SMTP for e-mail ({@code adapters-mail}), the
 * WeCom and DingTalk group robots ({@code adapters-wecom}, {@code adapters-dingtalk}), an SMS
 * gateway (a port only: the hospital's own adapter). Called by the relay's subscriber for the
 * channel, outside any transaction, from one thread at a time per channel but possibly from
 * several nodes.
 *
 * <p>{@link #send} returns when the channel accepted the message and throws a {@link
 * RuntimeException} when it did not (the relay retries the event later, so it must not block
 * for long: adapters set connect and read timeouts).
 * {@code org.itilhis.testkit.contract.MessageChannelContract} checks an implementation.
 */
public interface MessageChannel {
    Channel channel();

    void send(OutgoingMessage message);
}
