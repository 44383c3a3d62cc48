package org.servicelevel.batch.housekeeping;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.servicelevel.application.identity.IdentityService;
import org.servicelevel.domain.model.identity.Role;

/**
 * What the token housekeeping job's steps ask of the identity service, as the system identity: the
 * job's artifacts run on batch threads with no caller of their own, and the identity service admits
 * only administrators and the system to these use cases.
 */
@Stateless
@RunAs(Role.Names.SYSTEM)
@DeclareRoles(Role.Names.SYSTEM)
@PermitAll
public class TokenHousekeeping {

    @Inject
    private IdentityService identity;

    public List<Long> expiredTokenIds(Instant cutoff, int maxResults) {
        return identity.findExpiredTokenIds(cutoff, maxResults);
    }

    public void delete(List<Long> tokenIds) {
        identity.deleteTokens(tokenIds);
    }
}
