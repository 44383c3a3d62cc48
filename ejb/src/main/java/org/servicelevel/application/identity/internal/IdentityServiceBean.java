package org.servicelevel.application.identity.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.servicelevel.application.identity.ApiTokenSummary;
import org.servicelevel.application.identity.Caller;
import org.servicelevel.application.identity.IdentityService;
import org.servicelevel.application.identity.IssuedToken;
import org.servicelevel.application.identity.NewUser;
import org.servicelevel.application.identity.PasswordHasher;
import org.servicelevel.application.identity.SignIn;
import org.servicelevel.application.identity.SignInBlock;
import org.servicelevel.application.identity.TokenCodec;
import org.servicelevel.application.security.CallerContext;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.NotPermittedException;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.customer.OrganisationRepository;
import org.servicelevel.domain.model.identity.ApiToken;
import org.servicelevel.domain.model.identity.ApiTokenRepository;
import org.servicelevel.domain.model.identity.LoginThrottle;
import org.servicelevel.domain.model.identity.LoginThrottleRepository;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.identity.UserAccount;
import org.servicelevel.domain.model.identity.UserAccountRepository;

@Stateless
@RolesAllowed(Role.Names.ADMIN)
@DeclareRoles({Role.Names.ADMIN, Role.Names.CUSTOMER, Role.Names.SYSTEM})
public class IdentityServiceBean implements IdentityService {

    private static final int MIN_PASSWORD = NewUser.MIN_PASSWORD;
    private static final int MAX_PASSWORD = NewUser.MAX_PASSWORD;

    @Inject
    private UserAccountRepository users;

    @Inject
    private ApiTokenRepository tokens;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private PasswordHasher passwordHasher;

    @Inject
    private TokenCodec tokenCodec;

    @Inject
    private Clock clock;

    @Inject
    private CallerContext callers;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private LoginThrottleRepository throttles;

    @Resource
    private SessionContext session;

    @Inject
    private Logger log;

    @Override
    @PermitAll
    public SignIn authenticate(String username, char[] password, String clientAddress) {
        Instant now = clock.instant();
        String account = LoginThrottle.account(shortened(username));
        String address = LoginThrottle.address(clientAddress);
        Optional<Instant> refused = throttle.refusedUntil(now, account, address);
        if (refused.isPresent()) {
            return SignIn.refusedUntil(refused.get());
        }
        Optional<UserAccount> user = username == null ? Optional.empty()
                : users.findByUsername(username).filter(UserAccount::isEnabled);
        boolean matches;
        if (user.isPresent()) {
            matches = passwordHasher.matches(password, user.get().passwordHash());
        } else {
            passwordHasher.matches(password, passwordHasher.decoy());
            matches = false;
        }
        if (matches) {
            throttle.cleared(account, now, null);
            return SignIn.succeeded(Caller.signingIn(user.get()));
        }
        failed(account, now, "from " + clientAddress);
        failed(address, now, "for " + shortened(username));
        return SignIn.failed();
    }

    @Override
    @PermitAll
    public SignIn authenticateToken(String token, String clientAddress) {
        Instant now = clock.instant();
        String address = LoginThrottle.address(clientAddress);
        Optional<Instant> refused = throttle.refusedUntil(now, address);
        if (refused.isPresent()) {
            return SignIn.refusedUntil(refused.get());
        }
        Optional<Caller> owner = tokenCodec.looksLikeToken(token)
                ? tokens.findByHash(tokenCodec.hash(token)).filter(t -> t.isUsableAt(now))
                        .map(t -> Caller.signingIn(t.owner()))
                : Optional.empty();
        if (owner.isPresent()) {
            return SignIn.succeeded(owner.get());
        }
        failed(address, now, "with an unknown, expired or revoked API token");
        return SignIn.failed();
    }

    @Override
    public List<SignInBlock> signInBlocks() {
        Instant now = clock.instant();
        return throttles.findBlocked(now).stream()
                .map(t -> new SignInBlock(t.isAccount() ? "account" : "address", t.subject().substring(t.subject()
                        .indexOf(':') + 1), t.failures(), t.locked(), t.lastFailureAt(), t.blockedUntil().orElse(now)))
                .toList();
    }

    @Override
    public void liftSignInBlock(String account, String clientAddress) {
        String subject = account != null && !account.isBlank() ? LoginThrottle.account(account)
                : clientAddress != null && !clientAddress.isBlank() ? LoginThrottle.address(clientAddress) : null;
        if (subject == null) {
            throw new InvalidFieldException("account", "Name the account (a username) or the client address to let in"
                    + " again");
        }
        Instant now = clock.instant();
        if (throttles.find(subject).flatMap(t -> t.blockedAt(now)).isEmpty()) {
            throw new NotFoundException("Sign-in is not refused for " + subject);
        }
        throttle.cleared(subject, now, callers.actor(session));
        log.info(() -> "Sign-in refusal of " + subject + " lifted by " + callers.actor(session));
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SYSTEM})
    public int forgetOldSignInFailures() {
        return throttles.deleteQuietBefore(clock.instant().minus(SignInThrottle.policy(true).window()), clock.instant());
    }

    /** Counts a failure; a record written concurrently by another sign-in of the same subject is retried once. */
    private void failed(String subject, Instant now, String detail) {
        try {
            throttle.failed(subject, now, detail);
        } catch (EJBException concurrent) {
            throttle.failed(subject, now, detail);
        }
    }

    private static String shortened(String username) {
        return username == null ? "" : username.length() > 200 ? username.substring(0, 200) : username;
    }

    @Override
    @PermitAll
    public Optional<Caller> findActiveCaller(String username) {
        return users.findByUsername(username).filter(UserAccount::isEnabled).map(Caller::signingIn);
    }

    @Override
    @RolesAllowed(Role.Names.SYSTEM)
    public List<Caller> findActiveCallersByEmail(String email) {
        return users.findEnabledByEmail(email).stream().map(Caller::of).toList();
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public List<Caller> users() {
        return users.findAll().stream().map(Caller::of).toList();
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION})
    public List<Caller> staff() {
        return users.findAll().stream().filter(u -> u.isEnabled() && u.isStaff()).map(Caller::of)
                .sorted(java.util.Comparator.comparing(Caller::username)).toList();
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public Caller user(String username) {
        return users.findByUsername(UserAccount.normaliseUsername(username)).map(Caller::of)
                .orElseThrow(() -> new NotFoundException("No user named '" + username + "'"));
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SYSTEM})
    public Caller createUser(NewUser request) {
        String username = UserAccount.normaliseUsername(request.username());
        if (request.password() == null || request.password().length < MIN_PASSWORD
                || request.password().length > MAX_PASSWORD) {
            throw new InvalidFieldException("password", "A password has " + MIN_PASSWORD + " to " + MAX_PASSWORD
                    + " characters");
        }
        if (users.findByUsername(username).isPresent()) {
            throw new InvalidFieldException("username", "A user named '" + username + "' already exists");
        }
        Organisation organisation = null;
        if (request.organisationCode() != null && !request.organisationCode().isBlank()) {
            organisation = organisations.findByCode(request.organisationCode())
                    .orElseThrow(() -> new InvalidFieldException("organisation",
                            "No organisation with code '" + request.organisationCode() + "'"));
        }
        UserAccount account = new UserAccount(username, request.displayName(), request.email(),
                passwordHasher.hash(request.password()),
                request.roles() == null || request.roles().isEmpty() ? EnumSet.noneOf(Role.class)
                        : EnumSet.copyOf(request.roles()),
                organisation, clock.instant());
        users.store(account);
        log.info(() -> "User " + account.username() + " created with roles " + account.roles());
        return Caller.of(account);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION})
    public IssuedToken issueToken(String username, String name, Duration validity) {
        requireSelfOrAdmin(username);
        UserAccount owner = users.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("No user named '" + username + "'"));
        Config config = ConfigProvider.getConfig();
        Duration longest = Duration.ofDays(config.getValue("servicelevel.api-token.max-days", Long.class));
        Duration lifetime = validity != null ? validity
                : Duration.ofDays(config.getValue("servicelevel.api-token.default-days", Long.class));
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new InvalidFieldException("validDays", "A token's validity must be positive");
        }
        if (lifetime.compareTo(longest) > 0) {
            throw new InvalidFieldException("validDays", "A token is valid for at most " + longest.toDays() + " days");
        }
        Instant now = clock.instant();
        String secret = tokenCodec.newSecret();
        ApiToken token = tokens.store(new ApiToken(owner, name, tokenCodec.displayPrefix(secret),
                tokenCodec.hash(secret), now, now.plus(lifetime)));
        log.info(() -> "API token '" + token.name() + "' issued to " + owner.username());
        return new IssuedToken(token.id(), token.name(), secret, token.tokenPrefix(), token.createdAt(),
                token.expiresAt());
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION})
    public List<ApiTokenSummary> tokensOf(String username) {
        requireSelfOrAdmin(username);
        return tokens.findByOwner(UserAccount.normaliseUsername(username)).stream()
                .map(t -> new ApiTokenSummary(t.id(), t.name(), t.tokenPrefix(), t.createdAt(), t.expiresAt(),
                        t.revokedAt()))
                .toList();
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION})
    public ApiTokenSummary token(String username, long tokenId) {
        return tokensOf(username).stream().filter(t -> t.id() == tokenId).findFirst()
                .orElseThrow(() -> new NotFoundException("You have no API token with id " + tokenId));
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION})
    public void revokeToken(String username, long tokenId) {
        requireSelfOrAdmin(username);
        ApiToken token = tokens.findByOwner(UserAccount.normaliseUsername(username)).stream()
                .filter(t -> t.id() == tokenId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("You have no API token with id " + tokenId));
        token.revoke(clock.instant());
        log.info(() -> "API token " + tokenId + " of " + username + " revoked");
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SYSTEM})
    public List<Long> findExpiredTokenIds(Instant cutoff, int maxResults) {
        return tokens.findIdsExpiredBefore(cutoff, maxResults);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SYSTEM})
    public void deleteTokens(List<Long> tokenIds) {
        tokenIds.forEach(tokens::deleteById);
        log.info(() -> "Deleted " + tokenIds.size() + " expired or revoked API tokens");
    }

    /** People manage their own tokens; administrators everyone's. */
    private void requireSelfOrAdmin(String username) {
        String caller = callers.actor(session);
        if (!session.isCallerInRole(Role.Names.ADMIN) && (username == null
                || !UserAccount.normaliseUsername(username).equals(caller))) {
            throw new NotPermittedException("You manage only your own API tokens");
        }
    }
}
