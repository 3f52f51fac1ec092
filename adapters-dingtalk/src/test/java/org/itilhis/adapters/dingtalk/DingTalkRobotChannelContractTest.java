package org.itilhis.adapters.dingtalk;

import java.time.Duration;
import org.itilhis.core.notification.Channel;
import org.itilhis.ports.notification.out.MessageChannel;
import org.itilhis.testkit.contract.MessageChannelContract;
import org.junit.jupiter.api.AfterEach;

/** The DingTalk robot channel keeps the promises of every channel, against a local robot that checks 加签. */
class DingTalkRobotChannelContractTest implements MessageChannelContract {
    private final FakeDingTalkRobot robot = FakeDingTalkRobot.signedWith("SECc0ntractT3stS3cr3t");
    private final DingTalkRobotChannel channel = new DingTalkRobotChannel(Duration.ofSeconds(5));

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
        return Channel.DINGTALK;
    }

    @Override
    public Endpoint endpoint() {
        return robot;
    }
}
