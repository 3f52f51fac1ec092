package org.itilhis.testkit.memory;

import java.util.List;
import java.util.ArrayList;
import java.util.Collections;
import org.itilhis.ports.out.Notification;
import org.itilhis.ports.out.Notifier;

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
