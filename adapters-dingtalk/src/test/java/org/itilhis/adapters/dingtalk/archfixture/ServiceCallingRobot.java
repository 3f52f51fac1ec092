package org.itilhis.adapters.dingtalk.archfixture;

import org.itilhis.ports.service.archfixture.StandInService;

/** Planted violation: the DingTalk adapter calling an application service behind the ports. */
public final class ServiceCallingRobot {
    private final StandInService service = new StandInService();

    public Object service() {
        return service;
    }
}
