package org.itilhis.adapters.rest.http;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.itilhis.adapters.rest.problemdetails.ApiException;

/**
 * Refuses request bodies above a limit with 413: at once when {@code Content-Length} says so,
 * otherwise (a chunked body) as soon as reading passes the limit, before anything is parsed
 * into a command. Before answering, it reads what is left of a body the request did not need
 * (an answer given before the body was read, a body sent to a step that takes none), up to the
 * limit, so that the connection can serve the client's next request.
 *
 * <p>One limit holds for every path but those given a limit of their own (the CSV import takes
 * files far larger than any JSON command), named by their path relative to the application's
 * base ({@code api/v1/cis/import}) exactly: any other spelling of a path gets the default.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class BodySizeLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String BODY = BodySizeLimitFilter.class.getName() + ".body";

    private final long maxBytes;
    private final ImmutableMap<String, Long> maxBytesByPath;

    public BodySizeLimitFilter(long maxBytes) {
        this(maxBytes, Map.of());
    }

    /**
     * @param maxBytesByPath the limits of single paths, relative to the application's base, without
     *                       a leading slash; a path ending in {@code /*} is the limit of every path
     *                       below it ({@code api/v1/alerts/*})
     */
    public BodySizeLimitFilter(long maxBytes, Map<String, Long> maxBytesByPath) {
        checkArgument(maxBytes > 0, "maxBytes %s must be positive", maxBytes);
        maxBytesByPath.forEach((path, limit) -> checkArgument(limit > 0 && !path.startsWith("/"),
                "the limit %s of %s must be positive, the path relative", limit, path));
        this.maxBytes = maxBytes;
        this.maxBytesByPath = ImmutableMap.copyOf(maxBytesByPath);
    }

    /** The limit of {@code path}: its own, else that of a {@code prefix/*} it lies below, else the general one. */
    private long limitOf(String path) {
        Long own = maxBytesByPath.get(path);
        if (own != null) {
            return own;
        }
        for (Map.Entry<String, Long> entry : maxBytesByPath.entrySet()) {
            String key = entry.getKey();
            if (key.endsWith("/*") && path.startsWith(key.substring(0, key.length() - 1))) {
                return entry.getValue();
            }
        }
        return maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = limitOf(request.getUriInfo().getPath(false));
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declaredLength(declared) > limit) {
            throw ApiException.tooLarge(limit);
        }
        // Wrapped whatever the headers say: asking hasEntity() would parse Content-Type here.
        LimitedInputStream body = new LimitedInputStream(request.getEntityStream(), limit);
        request.setProperty(BODY, body);
        request.setEntityStream(body);
    }

    /**
     * Drains what is left of the body (within the limit); and when the answer is a refusal to a
     * request that came with a body, closes the connection after it ({@code Connection: close}):
     * a refusal may come before the body was read, and whatever of it the server did not read
     * must never be taken for the client's next request on the same connection.
     */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(BODY) instanceof LimitedInputStream body) {
            body.drain();
        }
        if (response.getStatus() >= 400 && carriesBody(request)) {
            response.getHeaders().putSingle("Connection", "close");
        }
    }

    private static boolean carriesBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return length != null && !length.strip().equals("0") || request.getHeaderString("Transfer-Encoding") != null;
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException malformed) {
            return Long.MAX_VALUE;
        }
    }

    /** Counts what is read and stops at the limit. */
    private static final class LimitedInputStream extends FilterInputStream {
        private final long limit;
        private long count;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        /** Reads and drops the rest of the body, as far as the limit; quietly stops on any failure. */
        void drain() {
            byte[] buffer = new byte[8192];
            try {
                while (count <= limit && read(buffer, 0, buffer.length) >= 0) {
                    // dropped
                }
            } catch (IOException | ApiException unreadable) {
                // the connection will be closed instead
            }
        }

        private void counted(int n) {
            count += n;
            if (count > limit) {
                throw ApiException.tooLarge(limit);
            }
        }
    }
}
