package org.itilhis.adapters.mail.archfixture;

import org.itilhis.testkit.archfixture.StandInBuilder;

/** Planted violation: main code of an adapter using the test kit. */
public final class DemoBackedMailer {
    public Object part() {
        return new StandInBuilder();
    }
}
