package org.itilhis.adapters.rest.http;

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

    /** A token was presented and refused; {@code reason} is the refusal's kind, never the token. */
    public static void tokenRefused(String method, String path, String reason) {
        LOG.info("authentication refused: {} {}: {}", method, path, reason);
    }

    /** {@code staff} may see the record but the access policy does not let them do {@code permission} on it. */
    public static void accessDenied(StaffId staff, Permission permission, String record, String method, String path) {
        LOG.info("access denied: {} may not {} on {}: {} {}", staff, permission, record, method, path);
    }

    /** {@code staff} went beyond the request rate limit. */
    public static void rateLimited(String staff, String method, String path) {
        LOG.info("rate limited: {}: {} {}", staff, method, path);
    }
}
