package org.itilhis.adapters.wecom.archfixture;

/** Test-only stand-in for a class of the WeCom adapter, which is not on this module's class path. */
public final class StandInWeComChannel {
}
