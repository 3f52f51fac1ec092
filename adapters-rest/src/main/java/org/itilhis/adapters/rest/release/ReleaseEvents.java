package org.itilhis.adapters.rest.release;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.itilhis.adapters.rest.servicedesk.EventJson;
import org.itilhis.core.release.ReleaseEvent;
import org.itilhis.core.release.SoftwareVersion;
import org.itilhis.core.shared.DomainEvent;

/**
 * A release's history as {@link EventJson}: the stable type ({@code release.planned}, {@code
 * release.deployed}), who, when, and the facts of the step in {@code data}, with the field names
 * of {@link ReleaseJson} and the steps' bodies.
 */
final class ReleaseEvents {
    private ReleaseEvents() {
    }

    static EventJson of(DomainEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (event instanceof ReleaseEvent releaseEvent) {
            releaseEvent.accept(new Data(data));
        }
        data.values().removeIf(value -> value == null);
        return new EventJson(event.type(), event.actor().value(), event.occurredAt(),
                Collections.unmodifiableMap(data));
    }

    /** The facts of each release event that its entry shows. */
    private record Data(Map<String, Object> data) implements ReleaseEvent.Visitor<Void> {
        @Override
        public Void planned(ReleaseEvent.Planned e) {
            data.put("number", e.number().toString());
            data.put("releaseVersion", e.releaseVersion().value());
            data.put("summary", e.summary());
            data.put("manager", e.manager().value());
            data.put("stages", e.stages().names());
            data.put("changes", e.changes().stream().map(Object::toString).toList());
            return null;
        }

        @Override
        public Void changeBundled(ReleaseEvent.ChangeBundled e) {
            data.put("change", e.changeId().toString());
            return null;
        }

        @Override
        public Void changeUnbundled(ReleaseEvent.ChangeUnbundled e) {
            data.put("change", e.changeId().toString());
            return null;
        }

        @Override
        public Void started(ReleaseEvent.Started e) {
            data.put("changes", e.changes().stream().map(Object::toString).toList());
            return null;
        }

        @Override
        public Void goGiven(ReleaseEvent.GoGiven e) {
            data.put("stage", e.stage());
            data.put("hospitalWide", e.hospitalWide());
            data.put("reason", e.reason());
            return null;
        }

        @Override
        public Void noGoGiven(ReleaseEvent.NoGoGiven e) {
            data.put("stage", e.stage());
            data.put("reason", e.reason());
            return null;
        }

        @Override
        public Void deployed(ReleaseEvent.Deployed e) {
            data.put("ci", e.ci().toString());
            data.put("stage", e.stage());
            data.put("version", e.version().value());
            data.put("previousVersion", e.previousVersion().map(SoftwareVersion::value).orElse(null));
            return null;
        }

        @Override
        public Void completed(ReleaseEvent.Completed e) {
            return null; // who and when say it all
        }

        @Override
        public Void rolledBack(ReleaseEvent.RolledBack e) {
            data.put("reason", e.reason());
            data.put("restorations", e.restorations().stream().map(ReleaseJson.RestorationJson::of).toList());
            return null;
        }

        @Override
        public Void closed(ReleaseEvent.Closed e) {
            data.put("changesToClose", e.changesToClose().stream().map(Object::toString).toList());
            return null;
        }

        @Override
        public Void cancelled(ReleaseEvent.Cancelled e) {
            data.put("reason", e.reason());
            return null;
        }
    }
}
