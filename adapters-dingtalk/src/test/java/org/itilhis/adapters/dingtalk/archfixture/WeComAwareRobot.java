package org.itilhis.adapters.dingtalk.archfixture;

import org.itilhis.adapters.wecom.archfixture.StandInWeComChannel;

/** Planted violation: the DingTalk adapter reaching into the WeCom adapter. */
public final class WeComAwareRobot {
    private final StandInWeComChannel other = new StandInWeComChannel();

    public Object other() {
        return other;
    }
}
