package org.servicelevel.interfaces.web.login;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ResourceBundle;
import org.servicelevel.interfaces.web.security.ServiceLevelAuthenticationMechanism;
import org.servicelevel.interfaces.web.Feedback;

/** Signs a person in with username and password, and out again. */
@Named
@RequestScoped
public class LoginBean {

    private static final String HOME = "/app/index.xhtml";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    private String username;
    private String password;
    private String next;

    public String login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(username, password)));
        password = null;
        switch (status) {
            case SUCCESS -> {
                external.redirect(external.getRequestContextPath() + safeNext());
                faces.responseComplete();
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, failure(external), null));
        }
        return null;
    }

    public String logout() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
        faces.responseComplete();
        return null;
    }

    /**
     * Only a path inside this application is followed after login, never another site. Control
     * characters are refused because browsers drop them ({@code /\t/evil} would become {@code //evil}).
     */
    private String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || next.startsWith("/login.xhtml")) {
            return HOME;
        }
        return next;
    }

    /** Why signing in failed: wrong credentials, or too many failures (with how long to wait). */
    private String failure(ExternalContext external) {
        Object refusedUntil = ((HttpServletRequest) external.getRequest())
                .getAttribute(ServiceLevelAuthenticationMechanism.REFUSED_UNTIL);
        if (refusedUntil instanceof Instant until) {
            long seconds = Math.max(1, Duration.between(Instant.now(), until).toSeconds() + 1);
            return Feedback.format(bundle(), "login.refused", seconds);
        }
        return bundle().getString("login.failed");
    }

    private ResourceBundle bundle() {
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
