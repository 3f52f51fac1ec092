package org.itilhis.adapters.wecom.archfixture;

import org.itilhis.adapters.dingtalk.archfixture.StandInDingTalkChannel;

/** Planted violation: the WeCom adapter reaching into the DingTalk adapter. */
public final class DingTalkAwareRobot {
    private final StandInDingTalkChannel other = new StandInDingTalkChannel();

    public Object other() {
        return other;
    }
}
