package org.itilhis.core.monitoring;

/**
 * Why a delivery, or one alert of it, was not recorded. Every rejection is kept and listed
 * ({@code GET /api/v1/alert-rejections}), never dropped in silence: the monitoring source retries
 * or the person who set it up fixes it.
 */
public enum RejectionReason {
    /** The bearer token or the signature did not match, or the source is disabled: the whole delivery. */
    NOT_AUTHENTICATED,
    /** Not the source's format (not JSON, truncated, a field missing or of the wrong type): the whole delivery. */
    MALFORMED,
    /** One alert starts or ends further in the future than the tolerance allows. */
    IN_THE_FUTURE,
    /** One alert ends before it starts. */
    ENDS_BEFORE_START
}
