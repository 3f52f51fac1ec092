package org.itilhis.adapters.wecom;

import java.time.Duration;
import org.itilhis.core.notification.Channel;
import org.itilhis.ports.notification.out.MessageChannel;
import org.itilhis.testkit.contract.MessageChannelContract;
import org.junit.jupiter.api.AfterEach;

/** The WeCom robot channel keeps the promises of every channel, against a local robot. */
class WeComRobotChannelContractTest implements MessageChannelContract {
    private final FakeWeComRobot robot = FakeWeComRobot.start();
    private final WeComRobotChannel channel = new WeComRobotChannel(Duration.ofSeconds(5));

    @AfterEach
    void stopTheRobot() {
        robot.close();
    }

    @Override
    public MessageChannel messageChannel() {
        return channel;
    }

    @Override
    public Channel expectedChannel() {
        return Channel.WECOM;
    }

    @Override
    public Endpoint endpoint() {
        return robot;
    }
}
