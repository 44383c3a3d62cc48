package org.servicelevel.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads and drops what is left of a request body once the answer is given without reading it (a
 * refused role, a 404, a body over the size limit), up to {@value #LIMIT} bytes: otherwise the
 * server closes the connection while the client is still sending, and the client never sees the
 * answer. Bodies larger than that still end with a closed connection.
 */
@WebFilter(filterName = "unread-bodies", urlPatterns = "/api/*")
public class UnreadBodies extends HttpFilter {

    static final long LIMIT = 32L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            drain(request);
        }
    }

    /** Drops what the client still sends of its body; also used by the authentication mechanism. */
    public static void drain(HttpServletRequest request) {
        if (request.getContentLengthLong() == 0) {
            return;
        }
        byte[] buffer = new byte[64 * 1024];
        long drained = 0;
        try {
            InputStream in = request.getInputStream();
            for (int n; drained < LIMIT && (n = in.read(buffer)) >= 0; ) {
                drained += n;
            }
        } catch (IOException | RuntimeException gone) {
            // read as a reader already, or the client stopped sending: nothing more to drop
        }
    }
}
