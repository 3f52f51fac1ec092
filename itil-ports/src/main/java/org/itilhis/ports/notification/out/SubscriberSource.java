package org.itilhis.ports.notification.out;

import java.util.List;

/**
 * Where the relay finds its subscribers, asked again on every pass so that a webhook subscribed,
 * disabled or deleted a moment ago is followed or left: the people's notifications give one per
 * configured channel, the webhooks one per enabled subscription, an embedder its own.
 */
@FunctionalInterface
public interface SubscriberSource {
    List<Subscriber> subscribers();
}
