package org.itilhis.adapters.rest.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request on the logger {@code org.itilhis.adapters.rest.access}: method,
 * path template ({@code /api/v1/incidents/{id}/assign}, never the actual path with its ids),
 * status and duration. No bodies, headers, tokens or query strings: they may hold names of
 * patients or staff.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public final class RequestLogFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final Logger ACCESS = LoggerFactory.getLogger("org.itilhis.adapters.rest.access");
    private static final String STARTED = RequestLogFilter.class.getName() + ".started";

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        long millis = started instanceof Long nanos ? TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos) : -1;
        ACCESS.info("{} {} {} {}ms", request.getMethod(), template(), response.getStatus(), millis);
    }

    private String template() {
        Class<?> type = resource == null ? null : resource.getResourceClass();
        Method method = resource == null ? null : resource.getResourceMethod();
        if (type == null || method == null) {
            return "(unmatched)";
        }
        return path(type.getAnnotation(Path.class)) + suffix(path(method.getAnnotation(Path.class)));
    }

    private static String path(Path path) {
        return path == null ? "" : path.value();
    }

    private static String suffix(String methodPath) {
        return methodPath.isEmpty() || methodPath.startsWith("/") ? methodPath : "/" + methodPath;
    }
}
