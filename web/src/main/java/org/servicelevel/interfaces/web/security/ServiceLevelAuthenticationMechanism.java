package org.servicelevel.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.CallerOnlyCredential;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.servicelevel.interfaces.rest.problem.Problems;

/**
 * How callers prove who they are.
 *
 * <ul>
 *   <li>Screens: form login on {@code /login.xhtml}; the signed-in user is kept in the HTTP session
 *       (the session id changes at login) and re-checked against the identity store on each request.</li>
 *   <li>API: {@code Authorization: Bearer <token>} or HTTP Basic on every request, no session. A call
 *       without valid credentials gets 401 as {@code application/problem+json} with a
 *       {@code WWW-Authenticate} challenge for both schemes.</li>
 * </ul>
 */
@ApplicationScoped
public class ServiceLevelAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_USER = ServiceLevelAuthenticationMechanism.class.getName() + ".user";
    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String CHALLENGE = "Basic realm=\"servicelevel\", Bearer realm=\"servicelevel\"";

    @Inject
    private IdentityStoreHandler identityStore;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
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
            CredentialValidationResult result = identityStore.validate(new CallerOnlyCredential(username));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            session.invalidate();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApiRequest(request)) {
            return unauthorized(response, "This API needs credentials: HTTP Basic or an API token"
                    + " (Authorization: Bearer slm_...).");
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(originalTarget(request), StandardCharsets.UTF_8));
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            return context.doNothing();
        }
        CredentialValidationResult result = identityStore.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus headerLogin(String authorization, HttpServletRequest request,
                                             HttpServletResponse response, HttpMessageContext context) {
        Credential credential = parse(authorization);
        if (credential == null) {
            return unauthorized(response, "The Authorization header is neither 'Basic' nor 'Bearer'.");
        }
        CredentialValidationResult result = identityStore.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        return unauthorized(response, credential instanceof ApiTokenCredential
                ? "The API token is unknown, expired or revoked."
                : "Wrong username or password, or the user is disabled.");
    }

    private static Credential parse(String authorization) {
        int space = authorization.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String scheme = authorization.substring(0, space);
        String value = authorization.substring(space + 1).strip();
        if ("Bearer".equalsIgnoreCase(scheme)) {
            return new ApiTokenCredential(value);
        }
        if ("Basic".equalsIgnoreCase(scheme)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
            int colon = decoded.indexOf(':');
            return colon < 0 ? null
                    : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        }
        return null;
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
