package org.itilhis.adapters.rest.http;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.function.BooleanSupplier;

/**
 * Whether the server in front of the API is shedding load: turning requests away with 503
 * because more arrive than it lets run at once and queue ({@link org.itilhis.adapters.rest.RestServer.Capacity}).
 * The health endpoint reports it. The server that runs the API tells it how to know; in
 * another container, nothing does, and the API never reports overload.
 */
public final class ServerLoad {
    private volatile BooleanSupplier shedding = () -> false;

    /** Whether requests have been turned away lately. */
    public boolean isOverloaded() {
        return shedding.getAsBoolean();
    }

    /** How the server running the API tells whether it turned requests away lately. */
    public void watch(BooleanSupplier sheddingLately) {
        this.shedding = checkNotNull(sheddingLately, "sheddingLately");
    }
}
