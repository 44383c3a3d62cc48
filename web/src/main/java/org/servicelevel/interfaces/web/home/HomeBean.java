package org.servicelevel.interfaces.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.ResourceBundle;
import org.servicelevel.application.identity.Caller;
import org.servicelevel.application.identity.IdentityService;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.interfaces.web.Feedback;

/** The home page: who is signed in. (Faces 4.0 EL reads getters, not record accessors.) */
@Named
@RequestScoped
public class HomeBean {

    @Inject
    private SecurityContext security;

    @Inject
    private IdentityService identity;

    private Caller caller;

    private Caller caller() {
        if (caller == null) {
            String name = security.getCallerPrincipal().getName();
            caller = identity.findActiveCaller(name)
                    .orElseThrow(() -> new NotFoundException("User " + name + " no longer exists"));
        }
        return caller;
    }

    public String getUsername() {
        return caller().username();
    }

    public String getDisplayName() {
        return caller().displayName();
    }

    public String getOrganisation() {
        return caller().organisationCode();
    }

    /** The caller's roles by their names in the page's language, e.g. "менеджер, агент". */
    public String getRoles() {
        ResourceBundle texts = Feedback.texts();
        return String.join(", ", caller().roles().stream().sorted()
                .map(role -> texts.containsKey("role." + role) ? texts.getString("role." + role) : role).toList());
    }
}
