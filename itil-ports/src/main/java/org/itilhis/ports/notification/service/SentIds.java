package org.itilhis.ports.notification.service;

import java.util.LinkedHashMap;
import java.util.Map;

/** The ids of the last messages a subscriber sent, so that a retry of their event does not send them again. */
final class SentIds {
    private final Map<String, Boolean> ids;

    SentIds(int capacity) {
        this.ids = new LinkedHashMap<>(16, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized boolean contains(String id) {
        return ids.containsKey(id);
    }

    synchronized void add(String id) {
        ids.put(id, Boolean.TRUE);
    }
}
