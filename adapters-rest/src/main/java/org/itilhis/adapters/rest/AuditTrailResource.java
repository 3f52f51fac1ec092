package org.itilhis.adapters.rest;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.ports.common.AuditTrailVerification;

/**
 * {@code GET /api/v1/audit/event-chain}: verifies the hash chain of the event log and answers
 * what it found ({@link AuditTrailCheckJson}). Needs VERIFY_AUDIT_TRAIL, decided by the core
 * (403 otherwise). The audit trail is the application's, not a practice's, so the resource sits
 * at the top with health; it is served only when the API is given an
 * {@link AuditTrailVerification} (404 otherwise), since not every storage offers the chain.
 */
@Singleton
@Path(ApiPaths.AUDIT_EVENT_CHAIN)
@Produces(MediaType.APPLICATION_JSON)
public final class AuditTrailResource extends ResourceSupport {
    /** The configuration property under which the application carries the {@link AuditTrailVerification}. */
    public static final String VERIFICATION = AuditTrailResource.class.getName() + ".verification";

    private final AuditTrailVerification verification;

    public AuditTrailResource(@Context Configuration configuration) {
        super(Resources.dependencies(configuration).validation());
        if (!(configuration.getProperty(VERIFICATION) instanceof AuditTrailVerification found)) {
            throw new IllegalStateException("the application has no property " + VERIFICATION);
        }
        this.verification = checkNotNull(found, "verification");
    }

    /** Walks the whole chain: its time grows with the log (ADR 0013 gives it for a million events). */
    @GET
    public AuditTrailCheckJson verify() {
        return AuditTrailCheckJson.of(verification.verify(actor()), locale());
    }
}
