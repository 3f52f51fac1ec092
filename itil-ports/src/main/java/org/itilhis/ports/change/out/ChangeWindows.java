package org.itilhis.ports.change.out;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.change.schedule.ChangeWindow;
import org.itilhis.core.change.schedule.ChangeWindowId;

/**
 * The blackout and maintenance windows, as calendar data. A window saved again under its id
 * replaces the stored one (a recurring blackout replaced from a date is better recorded as a new
 * window and the old one's last effective date, so that history reads right).
 */
public interface ChangeWindows {
    /** Stores {@code window}, replacing any window with its id. */
    void save(ChangeWindow window);

    Optional<ChangeWindow> find(ChangeWindowId id);

    /** Every window, by id. */
    List<ChangeWindow> all();

    /** Removes the window; whether there was one. */
    boolean remove(ChangeWindowId id);
}
