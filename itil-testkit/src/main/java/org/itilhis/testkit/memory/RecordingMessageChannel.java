package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import org.itilhis.core.notification.Channel;
import org.itilhis.ports.notification.out.MessageChannel;
import org.itilhis.ports.notification.out.OutgoingMessage;

/**
 * A {@link MessageChannel} that keeps every message it accepts, for assertions on what the
 * relay's subscribers sent. Told to {@link #failNext(int) fail the next sends}, it throws
 * {@link RefusedDelivery} for them and keeps nothing, as a channel that is down would, so a
 * test can watch the relay retry and give up. Safe to call from several threads.
 */
public final class RecordingMessageChannel implements MessageChannel {
    private final Channel channel;
    private final List<OutgoingMessage> sent = new ArrayList<>();
    private int attempts;
    private int failuresToCome;

    public RecordingMessageChannel(Channel channel) {
        this.channel = checkNotNull(channel, "channel");
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public synchronized void send(OutgoingMessage message) {
        checkNotNull(message, "message");
        checkArgument(message.channel() == channel, "a %s message was handed to the %s channel", message.channel(), channel);
        attempts++;
        if (failuresToCome > 0) {
            failuresToCome--;
            throw new RefusedDelivery("the " + channel + " channel refuses " + message.id() + " as it was told to");
        }
        sent.add(message);
    }

    /** Makes the next {@code sends} calls of {@link #send} throw, after those already announced. */
    public synchronized void failNext(int sends) {
        checkArgument(sends >= 0, "sends is negative: %s", sends);
        failuresToCome += sends;
    }

    /** The messages accepted so far, in the order they were sent. */
    public synchronized List<OutgoingMessage> sent() {
        return List.copyOf(sent);
    }

    /** Every call of {@link #send}, the refused ones included. */
    public synchronized int attempts() {
        return attempts;
    }

    public synchronized void clear() {
        sent.clear();
        attempts = 0;
        failuresToCome = 0;
    }

    /** What {@link RecordingMessageChannel#send} throws when it was told to fail. */
    public static final class RefusedDelivery extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public RefusedDelivery(String message) {
            super(message);
        }
    }
}
