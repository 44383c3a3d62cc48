package org.servicelevel.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.servicelevel.application.identity.Caller;
import org.servicelevel.application.identity.IdentityService;
import org.servicelevel.application.identity.SignIn;
import org.servicelevel.interfaces.rest.problem.Problems;
import org.servicelevel.interfaces.web.SecurityHeaders;
import org.servicelevel.interfaces.web.UnreadBodies;

/**
 * How callers prove who they are, against the identity service (which also refuses accounts and
 * client addresses that failed too often).
 *
 * <ul>
 *   <li>Screens: form login on {@code /login.xhtml}; the signed-in user is kept in the HTTP session
 *       (the session id changes at login) and re-read on each request, so a disabled user or a changed
 *       role takes effect at once.</li>
 *   <li>API: {@code Authorization: Bearer <token>} or HTTP Basic on every request, no session. A call
 *       without valid credentials gets 401 as {@code application/problem+json} with a
 *       {@code WWW-Authenticate} challenge for both schemes; a refused one 429 with {@code Retry-After}.</li>
 * </ul>
 */
@ApplicationScoped
public class ServiceLevelAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_USER = ServiceLevelAuthenticationMechanism.class.getName() + ".user";
    /** Request attribute with the instant until which a refused form sign-in must wait. */
    public static final String REFUSED_UNTIL = ServiceLevelAuthenticationMechanism.class.getName() + ".refusedUntil";
    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String CHALLENGE = "Basic realm=\"servicelevel\", Bearer realm=\"servicelevel\"";

    @Inject
    private IdentityService identity;

    @Inject
    private Clock clock;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        if (context.isAuthenticationRequest()) {
            return formLogin(request, context);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            return headerLogin(authorization.strip(), request, response, context);
        }
        HttpSession session = request.getSession(false);
        Object sessionUser = session == null ? null : session.getAttribute(SESSION_USER);
        if (sessionUser instanceof String username) {
            Optional<Caller> caller = identity.findActiveCaller(username);
            if (caller.isPresent()) {
                return context.notifyContainerAboutLogin(caller.get().username(), caller.get().roles());
            }
            session.invalidate();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApiRequest(request)) {
            UnreadBodies.drain(request);
            return unauthorized(response, "This API needs credentials: HTTP Basic or an API token"
                    + " (Authorization: Bearer slm_...).");
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(originalTarget(request), StandardCharsets.UTF_8));
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return context.doNothing();
        }
        SignIn signIn = identity.authenticate(password.getCaller(), password.getPassword().getValue(),
                request.getRemoteAddr());
        if (signIn.signedIn().isEmpty()) {
            if (signIn.refused()) {
                request.setAttribute(REFUSED_UNTIL, signIn.retryAfter());
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        Caller caller = signIn.caller();
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(SESSION_USER, caller.username());
        return context.notifyContainerAboutLogin(caller.username(), caller.roles());
    }

    private AuthenticationStatus headerLogin(String authorization, HttpServletRequest request,
                                             HttpServletResponse response, HttpMessageContext context) {
        int space = authorization.indexOf(' ');
        String scheme = space < 0 ? authorization : authorization.substring(0, space);
        String value = space < 0 ? "" : authorization.substring(space + 1).strip();
        SignIn signIn;
        boolean token = "Bearer".equalsIgnoreCase(scheme);
        if (token) {
            signIn = identity.authenticateToken(value, request.getRemoteAddr());
        } else if ("Basic".equalsIgnoreCase(scheme)) {
            String[] basic = basic(value);
            if (basic == null) {
                UnreadBodies.drain(request);
                return unauthorized(response, "The Basic credentials are not Base64 of username:password.");
            }
            signIn = identity.authenticate(basic[0], basic[1].toCharArray(), request.getRemoteAddr());
        } else {
            UnreadBodies.drain(request);
            return unauthorized(response, "The Authorization header is neither 'Basic' nor 'Bearer'.");
        }
        if (signIn.signedIn().isPresent()) {
            return context.notifyContainerAboutLogin(signIn.caller().username(), signIn.caller().roles());
        }
        UnreadBodies.drain(request);
        if (signIn.refused()) {
            return tooManyFailures(response, signIn.retryAfter());
        }
        return unauthorized(response, token ? "The API token is unknown, expired or revoked."
                : "Wrong username or password, or the user is disabled.");
    }

    private static String[] basic(String value) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        try {
            Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Authentication required", detail);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the 401 response", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus tooManyFailures(HttpServletResponse response, Instant retryAfter) {
        long seconds = Math.max(1, Duration.between(clock.instant(), retryAfter).toSeconds() + 1);
        response.setHeader("Retry-After", Long.toString(seconds));
        try {
            Problems.write(response, 429, "Too many failed sign-ins", "This account or client address failed to"
                    + " sign in too often; try again in " + seconds + " seconds (Retry-After), or ask an"
                    + " administrator to lift the block.");
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the 429 response", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static boolean isApiRequest(HttpServletRequest request) {
        return request.getServletPath().startsWith("/api");
    }

    private static String originalTarget(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_USER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
