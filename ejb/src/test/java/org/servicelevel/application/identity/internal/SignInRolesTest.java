package org.servicelevel.application.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicelevel.Fields;
import org.servicelevel.application.identity.Caller;
import org.servicelevel.application.identity.PasswordHasher;
import org.servicelevel.application.identity.TokenCodec;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.identity.ApiToken;
import org.servicelevel.domain.model.identity.ApiTokenRepository;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.identity.UserAccount;
import org.servicelevel.domain.model.identity.UserAccountRepository;

/**
 * The roles a user signs in with, which the container grants to every service: a customer user has the
 * customer role only, also an account stored before the accounts refused a staff role beside it.
 */
class SignInRolesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final String TOKEN = "slt_secret";

    private final Organisation acme = new Organisation("ACME", "ACME Ltd", NOW);
    private UserAccount stored;
    private IdentityServiceBean bean;

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(SignInRolesTest.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    /** An account of ACME's with the customer role and {@code beside}, as stored before the rule. */
    private static UserAccount legacy(Organisation organisation, Role beside) {
        UserAccount account = new UserAccount("acme-bot", "ACME bot", "bot@acme.example", "hash",
                Set.of(Role.CUSTOMER), organisation, NOW);
        Fields.set(UserAccount.class, account, "roles", EnumSet.of(Role.CUSTOMER, beside));
        return account;
    }

    @BeforeEach
    void setUp() {
        Fields.set(Organisation.class, acme, "id", 1L);
        bean = new IdentityServiceBean();
        Fields.set(IdentityServiceBean.class, bean, "users", proxy(UserAccountRepository.class, (p, m, a) ->
                m.getName().equals("findByUsername") ? Optional.ofNullable(stored) : null));
        Fields.set(IdentityServiceBean.class, bean, "tokens", proxy(ApiTokenRepository.class, (p, m, a) ->
                m.getName().equals("findByHash") ? Optional.of(new ApiToken(stored, "bot", "slt_", "hashed", NOW,
                        NOW.plusSeconds(3600))) : null));
        Fields.set(IdentityServiceBean.class, bean, "passwordHasher", proxy(PasswordHasher.class, (p, m, a) ->
                switch (m.getName()) {
                    case "matches" -> true;
                    case "decoy" -> "decoy";
                    default -> null;
                }));
        Fields.set(IdentityServiceBean.class, bean, "tokenCodec", proxy(TokenCodec.class, (p, m, a) ->
                switch (m.getName()) {
                    case "looksLikeToken" -> true;
                    case "hash" -> "hashed";
                    default -> null;
                }));
        Fields.set(IdentityServiceBean.class, bean, "throttle", new SignInThrottle() {
            @Override
            public Optional<Instant> refusedUntil(Instant now, String... subjects) {
                return Optional.empty();
            }

            @Override
            public void cleared(String subject, Instant now, String actor) {
            }

            @Override
            public void failed(String subject, Instant now, String detail) {
            }
        });
        Fields.set(IdentityServiceBean.class, bean, "clock", Clock.fixed(NOW, ZoneOffset.UTC));
        Fields.set(IdentityServiceBean.class, bean, "log", Logger.getLogger("identity"));
    }

    @Test
    void anAccountWithAStaffRoleBesideTheCustomerRoleSignsInAsACustomerOnly() {
        for (Role beside : EnumSet.of(Role.AGENT, Role.INTEGRATION, Role.MANAGER, Role.ADMIN)) {
            stored = legacy(acme, beside);
            Caller byPassword = bean.authenticate("acme-bot", "password".toCharArray(), "192.0.2.1").signedIn()
                    .orElseThrow();
            Caller byToken = bean.authenticateToken(TOKEN, "192.0.2.1").signedIn().orElseThrow();
            Caller bySession = bean.findActiveCaller("acme-bot").orElseThrow();
            for (Caller caller : List.of(byPassword, byToken, bySession)) {
                assertEquals(Set.of(Role.Names.CUSTOMER), caller.roles(), beside.name());
                assertEquals(1L, caller.organisationId());
                assertEquals("ACME", caller.organisationCode());
            }
        }
    }

    @Test
    void otherAccountsSignInWithTheirRoles() {
        stored = new UserAccount("anna", "Anna", null, "hash", Set.of(Role.AGENT, Role.INTEGRATION), null, NOW);
        assertEquals(Set.of(Role.Names.AGENT, Role.Names.INTEGRATION),
                bean.authenticate("anna", "password".toCharArray(), "192.0.2.1").signedIn().orElseThrow().roles());
        stored = new UserAccount("carla", "Carla", null, "hash", Set.of(Role.CUSTOMER), acme, NOW);
        assertEquals(Set.of(Role.Names.CUSTOMER), bean.findActiveCaller("carla").orElseThrow().roles());
    }
}
