package org.servicelevel.interfaces.web.security;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.NOT_VALIDATED_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.CallerOnlyCredential;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import org.servicelevel.application.identity.Caller;
import org.servicelevel.application.identity.IdentityService;

/**
 * The identity store: users, password hashes and API token hashes kept in the application's
 * database. A {@link CallerOnlyCredential} is only ever built by the authentication mechanism for a
 * session whose user signed in with a password earlier; it re-reads the user so that a disabled user
 * or a changed role takes effect on the next request.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @Inject
    private IdentityService identity;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        Optional<Caller> caller;
        if (credential instanceof UsernamePasswordCredential password) {
            caller = identity.authenticate(password.getCaller(), password.getPassword().getValue());
        } else if (credential instanceof ApiTokenCredential token) {
            caller = identity.authenticateToken(token.token());
        } else if (credential instanceof CallerOnlyCredential session) {
            caller = identity.findActiveCaller(session.getCaller());
        } else {
            return NOT_VALIDATED_RESULT;
        }
        return caller.map(c -> new CredentialValidationResult(c.username(), c.roles())).orElse(INVALID_RESULT);
    }
}
