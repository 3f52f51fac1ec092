package org.itilhis.adapters.rest.problemdetails;

import java.util.Optional;
import org.itilhis.core.access.Permission;
import org.itilhis.core.shared.StaffId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The security events of the API, on a logger of their own ({@value #LOGGER}) so that a
 * hospital can keep them apart from the access log and the application log: who was refused
 * what, never a token, a claim value or anything a caller wrote. Bearer tokens authenticate
 * every request, so successful authentications are not logged one by one (the access log
 * counts requests); refusals are, at INFO.
 */
public final class SecurityLog {
    /** The logger name to route to the security log. */
    public static final String LOGGER = "org.itilhis.security";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private SecurityLog() {
    }

    /**
     * A bearer token was presented and refused (why is logged at DEBUG by the authenticator,
     * without the token); {@code origin} is the client's address as the server saw it.
     */
    public static void tokenRefused(String method, String path, Optional<String> origin) {
        LOG.info("authentication refused: a bearer token from {}: {} {}", origin.orElse("an unknown address"), method,
                path);
    }

    /** {@code staff} may see the record but the access policy does not let them do {@code permission} on it. */
    public static void accessDenied(StaffId staff, Optional<String> origin, Permission permission, String record,
                                    String method, String path) {
        LOG.info("access denied: {} from {} may not {} on {}: {} {}", staff, origin.orElse("an unknown address"),
                permission, record, method, path);
    }

    /** {@code staff} went beyond the request rate limit. */
    public static void rateLimited(String staff, String method, String path) {
        LOG.info("rate limited: {}: {} {}", staff, method, path);
    }
}
