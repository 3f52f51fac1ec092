package org.itilhis.testkit.memory;

import java.util.List;
import java.util.Optional;
import org.itilhis.ports.common.Notification;
import org.itilhis.ports.common.Notifier;
import org.itilhis.testkit.contract.NotifierContract;

class RecordingNotifierTest implements NotifierContract {
    private final RecordingNotifier notifier = new RecordingNotifier();

    @Override
    public Notifier notifier() {
        return notifier;
    }

    @Override
    public Optional<List<Notification>> delivered() {
        return Optional.of(notifier.sent());
    }
}
