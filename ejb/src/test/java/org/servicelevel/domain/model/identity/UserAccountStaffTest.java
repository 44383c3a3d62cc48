package org.servicelevel.domain.model.identity;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.model.customer.Organisation;

/** Who counts as the provider's staff, the people support groups are made of. */
class UserAccountStaffTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Organisation ACME = new Organisation("ACME", "ACME Manufacturing", NOW);

    private static UserAccount user(Set<Role> roles, Organisation organisation) {
        return new UserAccount("someone", "Someone", null, "hash", roles, organisation, NOW);
    }

    @Test
    void administratorsManagersAndAgentsAreStaff() {
        assertTrue(user(Set.of(Role.ADMIN), null).isStaff());
        assertTrue(user(Set.of(Role.MANAGER), null).isStaff());
        assertTrue(user(Set.of(Role.AGENT, Role.INTEGRATION), null).isStaff());
    }

    @Test
    void customerUsersAndIntegrationsAreNot() {
        assertFalse(user(Set.of(Role.CUSTOMER), ACME).isStaff());
        assertFalse(user(Set.of(Role.INTEGRATION), null).isStaff());
    }

    @Test
    void aCustomerUserHasTheCustomerRoleOnly() {
        for (Role staff : List.of(Role.AGENT, Role.INTEGRATION, Role.MANAGER, Role.ADMIN)) {
            InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                    () -> user(Set.of(Role.CUSTOMER, staff), ACME), staff.name());
            assertEquals("roles", refused.field());
        }
    }

    @Test
    void onlyACustomerUserBelongsToAnOrganisation() {
        for (Role staff : List.of(Role.AGENT, Role.INTEGRATION, Role.MANAGER, Role.ADMIN)) {
            InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                    () -> user(Set.of(staff), ACME), staff.name());
            assertEquals("organisation", refused.field());
        }
    }
}
