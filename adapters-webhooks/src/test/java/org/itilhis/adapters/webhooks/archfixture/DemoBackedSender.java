package org.itilhis.adapters.webhooks.archfixture;

import org.itilhis.testkit.archfixture.StandInBuilder;

/** Planted violation: main code of an adapter using the test kit. */
public final class DemoBackedSender {
    public Object part() {
        return new StandInBuilder();
    }
}
