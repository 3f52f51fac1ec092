package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.itilhis.core.notification.Channel;
import org.itilhis.ports.notification.out.MessageChannel;
import org.itilhis.ports.notification.out.OutgoingMessage;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MessageChannel} must do, as its javadoc says: say which {@link Channel} it
 * sends on; deliver a message to its address once; throw when the far end refuses it (the relay
 * then retries) and deliver the next one when the far end is back; keep Chinese text and the
 * record's number, subject and link intact on the way.
 *
 * <p>To run it, implement this interface in a test class: return the channel wired as in
 * production, and an {@link Endpoint} the test controls (a local HTTP server that answers as the
 * WeCom or DingTalk robot does, a GreenMail server, a fake SMS gateway):
 * <pre>{@code
 * class WeComRobotChannelContractTest implements MessageChannelContract {
 *     final FakeWeComRobot robot = FakeWeComRobot.start();
 *     final WeComRobotChannel channel = new WeComRobotChannel(Duration.ofSeconds(2));
 *
 *     public MessageChannel messageChannel() { return channel; }
 *     public Channel expectedChannel() { return Channel.WECOM; }
 *     public Endpoint endpoint() { return robot; }
 * }
 * }</pre>
 * Return the same channel and endpoint throughout a test method. Adapter-specific promises (a
 * timeout on a stalled server, the robots' size limits and signatures) are for the adapter's own
 * tests.
 */
public interface MessageChannelContract {
    /** The adapter under test. */
    MessageChannel messageChannel();

    /** The channel the adapter must claim. */
    Channel expectedChannel();

    /** The far end the adapter delivers to, as the test controls it. */
    Endpoint endpoint();

    /** The far end of a channel under test: where messages go, and what arrived there. */
    interface Endpoint {
        /** The address a message for this endpoint carries: a robot's webhook URL, an e-mail address, a phone number. */
        String address();

        /** The signing secret a message for this endpoint carries, when the endpoint checks one. */
        default Optional<String> secret() {
            return Optional.empty();
        }

        /**
         * The messages the endpoint accepted so far, in order, each as the whole text its reader
         * sees (a card's title and content, an e-mail's subject and body); refused ones are not
         * included.
         */
        List<String> received();

        /**
         * Makes the endpoint refuse the next message the way the real service refuses one (an
         * error answer, a refused connection); the message after it is accepted again.
         */
        void refuseNext();
    }

    @Test
    default void theAdapterSendsOnTheChannelItIsWiredFor() {
        assertThat(messageChannel().channel()).isEqualTo(expectedChannel());
    }

    @Test
    default void aMessageSentReachesTheEndpointOnceWithItsNumberSubjectAndLink() {
        OutgoingMessage message = message(uniqueReference(), "[P2] Label printer jams on ward 3",
                "The label printer on ward 3 jams on every second label.", Locale.ENGLISH);

        messageChannel().send(message);

        List<String> arrived = arrivedWith(message.reference());
        assertThat(arrived).as("messages with %s that reached the endpoint", message.reference()).hasSize(1);
        assertThat(arrived.get(0)).contains(message.reference(), "Label printer jams on ward 3",
                "jams on every second label", message.link().orElseThrow().toString());
    }

    @Test
    default void aMessageWithChineseTextArrivesIntact() {
        OutgoingMessage message = message(uniqueReference(), "[P1] 检验科标签打印机卡纸",
                "呼叫人：张伟（检验科）\n影响：门诊采血窗口无法打印条码，患者排队约 40 人。", Locale.SIMPLIFIED_CHINESE);

        messageChannel().send(message);

        List<String> arrived = arrivedWith(message.reference());
        assertThat(arrived).hasSize(1);
        assertThat(arrived.get(0)).contains("检验科标签打印机卡纸", "呼叫人：张伟（检验科）",
                "影响：门诊采血窗口无法打印条码，患者排队约 40 人。");
    }

    @Test
    default void aRefusedMessageMakesSendThrowSoTheRelayRetriesAndTheNextMessageGoesThrough() {
        OutgoingMessage refused = message(uniqueReference(), "[P3] Ward PC slow", "The ward PC is slow.", Locale.ENGLISH);
        OutgoingMessage next = message(uniqueReference(), "[P3] Ward PC slow again", "Still slow.", Locale.ENGLISH);
        endpoint().refuseNext();

        assertThatThrownBy(() -> messageChannel().send(refused)).isInstanceOf(RuntimeException.class);
        messageChannel().send(next);

        assertThat(arrivedWith(refused.reference())).as("the refused message").isEmpty();
        assertThat(arrivedWith(next.reference())).as("the message after it").hasSize(1);
    }

    @Test
    default void aRetriedMessageIsSentAgainWhenTheFirstTryWasRefused() {
        OutgoingMessage message = message(uniqueReference(), "[P2] Printer offline", "The printer is offline.", Locale.ENGLISH);
        endpoint().refuseNext();

        assertThatThrownBy(() -> messageChannel().send(message)).isInstanceOf(RuntimeException.class);
        messageChannel().send(message);

        assertThat(arrivedWith(message.reference())).hasSize(1);
    }

    private List<String> arrivedWith(String reference) {
        return endpoint().received().stream().filter(text -> text.contains(reference)).toList();
    }

    private OutgoingMessage message(String reference, String title, String body, Locale language) {
        return new OutgoingMessage("evt_" + reference.substring(reference.lastIndexOf('-') + 1) + ".1", expectedChannel(),
                endpoint().address(), endpoint().secret(), language, "ticket.assigned", reference,
                reference + " " + title, body, Optional.of(URI.create("https://itsm.example-hospital.cn/tickets/" + reference)));
    }

    private static String uniqueReference() {
        return "INC-2026-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }
}
