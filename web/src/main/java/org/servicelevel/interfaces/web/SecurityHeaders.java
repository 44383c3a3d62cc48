package org.servicelevel.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The security headers of every answer. Browsers may not guess content types
 * ({@code X-Content-Type-Options}) or tell other sites which page a person came from
 * ({@code Referrer-Policy}); pages may load scripts, styles and images from this application only,
 * post forms only to it and be framed by no site ({@code Content-Security-Policy}; Faces renders
 * inline event handlers, so inline scripts of the page itself stay allowed); and nothing but the
 * static resources (style sheets, scripts, images) may be kept by a browser or proxy cache
 * ({@code Cache-Control: no-store}), since pages and API answers carry a signed-in person's data.
 */
@WebFilter(filterName = "security-headers", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /**
     * Sets the headers; also called by the authentication mechanism, whose answers (a 401, a 429, the
     * redirect to the sign-in page) leave before any filter runs.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        if (!isStaticResource(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
