package org.itilhis.adapters.dingtalk.archfixture;

import org.itilhis.testkit.archfixture.StandInBuilder;

/** Planted violation: the DingTalk adapter building its data with the test kit. */
public final class DemoBackedRobot {
    private final StandInBuilder builder = new StandInBuilder();

    public Object builder() {
        return builder;
    }
}
