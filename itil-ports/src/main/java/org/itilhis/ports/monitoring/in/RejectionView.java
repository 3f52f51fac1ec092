package org.itilhis.ports.monitoring.in;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.monitoring.AlertRejection;

/** A rejected delivery or alert, numbered in the order they were kept. */
public record RejectionView(long id, AlertRejection rejection) {
    public RejectionView {
        checkNotNull(rejection, "rejection");
    }
}
