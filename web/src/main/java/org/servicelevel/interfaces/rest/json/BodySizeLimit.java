package org.servicelevel.interfaces.rest.json;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.servicelevel.interfaces.rest.problem.Problems;

/**
 * Limits the size of request bodies: {@code servicelevel.api.max-body-bytes} for an ordinary request,
 * {@code servicelevel.api.max-import-bytes} for a {@link LargeBody} import. A larger body is refused
 * with 413 before it is read in full: at once when {@code Content-Length} announces it, otherwise as
 * soon as the limit is passed while reading (the rest of the body is then dropped by
 * {@code UnreadBodies}, so the client receives the answer).
 */
@Provider
public class BodySizeLimit implements ContainerRequestFilter {

    static final String MAX_BODY = "servicelevel.api.max-body-bytes";
    static final String MAX_IMPORT = "servicelevel.api.max-import-bytes";

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        boolean large = resource != null && resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(LargeBody.class);
        long limit = ConfigProvider.getConfig().getValue(large ? MAX_IMPORT : MAX_BODY, Long.class);
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.strip().matches("\\d{1,18}") && Long.parseLong(length.strip()) > limit) {
            throw tooLarge(limit);
        }
        request.setEntityStream(new Limited(request.getEntityStream(), limit));
    }

    static WebApplicationException tooLarge(long limit) {
        String detail = "The request body is larger than the " + limit + " bytes this operation accepts.";
        return new WebApplicationException(Problems.response(Problems.of(413, "Request too large", detail,
                Problems.field("body", detail))));
    }

    /** Counts what is read and refuses to go past the limit. */
    private static final class Limited extends FilterInputStream {

        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
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

        private void counted(long n) {
            count += n;
            if (count > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
