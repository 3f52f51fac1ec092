package org.itilhis.adapters.dingtalk.archfixture;

/** Test-only stand-in for a class of the DingTalk adapter, which is not on this module's class path. */
public final class StandInDingTalkChannel {
}
