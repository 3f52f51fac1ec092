package org.itilhis.adapters.rest.problemdetails;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Providers;
import java.util.UUID;
import org.glassfish.jersey.message.internal.HeaderValueException;
import org.itilhis.ports.common.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line: whatever no other mapper took. A wrapped exception another mapper knows
 * (a JSON error inside a processing error, say) is handed to that mapper. A request header
 * Jersey cannot parse is 400. An
 * {@link IllegalArgumentException} escaping the core is a precondition the request broke:
 * 400. A storage failure is 503, logged as {@link StorageFailureLog} says (no values, no
 * stack trace). Anything else is logged with a fresh error id and answered
 * with a generic 500 that shows the id and nothing of the exception.
 */
public final class FallbackExceptionMapper extends ProblemResponses implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(FallbackExceptionMapper.class);
    private static final int MAX_CAUSES = 10;

    @Context
    private Providers providers;

    @Override
    public Response toResponse(Throwable exception) {
        Response delegated = mappedCause(exception);
        if (delegated != null) {
            return delegated;
        }
        if (exception instanceof HeaderValueException header
                && header.getContext() == HeaderValueException.Context.INBOUND) {
            return problem(400, "request.malformed-header", ProblemTexts.format("request.malformed-header", locale()),
                    null, null).build();
        }
        if (exception instanceof IllegalArgumentException) {
            LOG.warn("request refused by a precondition of the core", exception);
            return problem(400, "request.rejected", ProblemTexts.format("request.rejected", locale()), null, null)
                    .build();
        }
        return exception instanceof StorageException ? storageUnavailable(exception) : internalError(exception);
    }

    private Response storageUnavailable(Throwable exception) {
        // the message and the causes' types and codes only: a cause's text may quote a statement's values
        LOG.error("storage unavailable: {}", StorageFailureLog.describe(exception));
        return problem(503, "request.storage-unavailable",
                ProblemTexts.format("request.storage-unavailable", locale()), null, null)
                .header("Retry-After", ApiException.STORAGE_RETRY_AFTER).build();
    }

    /** Logged with a fresh id; the answer shows the id and nothing of the exception. */
    private Response internalError(Throwable exception) {
        String errorId = UUID.randomUUID().toString();
        LOG.error("unexpected error {}", errorId, exception);
        return problem(500, "request.internal-error",
                ProblemTexts.format("request.internal-error", locale(), errorId), null, null).build();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Response mappedCause(Throwable exception) {
        Throwable cause = exception.getCause();
        for (int depth = 0; cause != null && cause != exception && depth < MAX_CAUSES; depth++) {
            ExceptionMapper mapper = providers == null ? null : providers.getExceptionMapper(cause.getClass());
            if (mapper != null && !(mapper instanceof FallbackExceptionMapper)) {
                return mapper.toResponse(cause);
            }
            cause = cause.getCause();
        }
        return null;
    }
}
