package org.itilhis.core.release;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeNumber;

/**
 * A fact the application service found about one change a release bundles: its identity,
 * the number people know it by (for refusals) and its {@link ChangeStanding}.
 */
public record BundledChange(ChangeId id, ChangeNumber number, ChangeStanding standing) {
    public BundledChange {
        checkNotNull(id, "id");
        checkNotNull(number, "number");
        checkNotNull(standing, "standing");
    }

    public static BundledChange of(ChangeId id, ChangeNumber number, ChangeStanding standing) {
        return new BundledChange(id, number, standing);
    }
}
