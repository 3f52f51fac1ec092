package org.itilhis.examples;

import org.itilhis.ports.common.Notifier;
import org.itilhis.testkit.contract.NotifierContract;

/** The demo's log-line notifier keeps the contract; what it logs is not read back. */
class LoggingNotifierTest implements NotifierContract {
    private final LoggingNotifier notifier = new LoggingNotifier();

    @Override
    public Notifier notifier() {
        return notifier;
    }
}
