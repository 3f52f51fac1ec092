package org.itilhis.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.itilhis.core.notification.Channel;
import org.itilhis.ports.notification.out.MessageChannel;
import org.itilhis.ports.notification.out.OutgoingMessage;
import org.itilhis.testkit.contract.MessageChannelContract;
import org.junit.jupiter.api.Test;

class RecordingMessageChannelTest implements MessageChannelContract {
    private final RecordingMessageChannel channel = new RecordingMessageChannel(Channel.SMS);

    @Override
    public MessageChannel messageChannel() {
        return channel;
    }

    @Override
    public Channel expectedChannel() {
        return Channel.SMS;
    }

    @Override
    public Endpoint endpoint() {
        return new Endpoint() {
            @Override
            public String address() {
                return "+8613800001111";
            }

            @Override
            public List<String> received() {
                return channel.sent().stream().map(message -> message.subject() + "\n" + message.body() + "\n"
                        + message.link().map(Object::toString).orElse("")).toList();
            }

            @Override
            public void refuseNext() {
                channel.failNext(1);
            }
        };
    }

    @Test
    void toldToFailTwiceItRefusesTwoSendsThenKeepsTheThird() {
        channel.failNext(2);

        assertThatThrownBy(() -> channel.send(sms("evt_7.1"))).isInstanceOf(RecordingMessageChannel.RefusedDelivery.class);
        assertThatThrownBy(() -> channel.send(sms("evt_7.1"))).isInstanceOf(RecordingMessageChannel.RefusedDelivery.class);
        channel.send(sms("evt_7.1"));

        assertThat(channel.sent()).extracting(OutgoingMessage::id).containsExactly("evt_7.1");
        assertThat(channel.attempts()).isEqualTo(3);
    }

    @Test
    void aMessageForAnotherChannelIsRejected() {
        OutgoingMessage mail = new OutgoingMessage("evt_8.1", Channel.EMAIL, "zhang.wei@example-hospital.cn", Optional.empty(),
                Locale.ENGLISH, "ticket.assigned", "INC-2026-000008", "INC-2026-000008 [P3] Mouse", "Mouse broken", Optional.empty());

        assertThatThrownBy(() -> channel.send(mail)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EMAIL");
        assertThat(channel.attempts()).isZero();
    }

    private static OutgoingMessage sms(String id) {
        return new OutgoingMessage(id, Channel.SMS, "+8613800001111", Optional.empty(), Locale.SIMPLIFIED_CHINESE,
                "ticket.assigned", "INC-2026-000007", "INC-2026-000007 [P2] 打印机卡纸", "打印机卡纸", Optional.empty());
    }
}
