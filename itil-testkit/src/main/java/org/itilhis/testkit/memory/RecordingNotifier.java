package org.itilhis.testkit.memory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.itilhis.ports.common.Notification;
import org.itilhis.ports.common.Notifier;

/** Keeps every notification, for assertions and for printing in the walkthrough. */
public final class RecordingNotifier implements Notifier {
    private final List<Notification> sent = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void notify(Notification notification) {
        sent.add(notification);
    }

    public List<Notification> sent() {
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    public void clear() {
        sent.clear();
    }
}
