package org.servicelevel.application.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Users, passwords and API tokens: the identity store behind every screen and API call.
 * Passwords and tokens are checked against salted or cryptographic hashes; neither is stored.
 */
public interface IdentityService {

    /**
     * Signs in with a username and password from {@code clientAddress}: the caller if the username
     * exists, is enabled and the password matches. While the account or the address is refused after
     * too many failures, the password is not even checked.
     */
    SignIn authenticate(String username, char[] password, String clientAddress);

    /**
     * Signs in with an API token from {@code clientAddress}: the token's owner if the token exists, is
     * neither expired nor revoked, and the owner is enabled. Refused while the address is.
     */
    SignIn authenticateToken(String token, String clientAddress);

    /** The accounts and client addresses refused at sign-in now, the longest refused first. */
    List<SignInBlock> signInBlocks();

    /** Lifts the refusal of an account (a username) or a client address; audited. */
    void liftSignInBlock(String account, String clientAddress);

    /** Forgets failed sign-ins older than the window that are no longer refused; answers how many. */
    int forgetOldSignInFailures();

    /** The caller for a username that signed in earlier in this session, if still enabled. */
    Optional<Caller> findActiveCaller(String username);

    /** The enabled users with this e-mail address (compared case-insensitively), by username. */
    List<Caller> findActiveCallersByEmail(String email);

    /** Every user, by username. */
    List<Caller> users();

    /** The enabled support staff accounts (no customer users), by username: whom a ticket can be assigned to. */
    List<Caller> staff();

    /** One user; {@link org.servicelevel.domain.NotFoundException} if there is none of that name. */
    Caller user(String username);

    /** Creates a user; fails with {@link org.servicelevel.domain.InvalidInputException} naming the field when the input breaks a rule. */
    Caller createUser(NewUser user);

    /**
     * Issues a token for the user, valid for {@code validity}: the configured default when
     * {@code null}, at most the configured maximum.
     */
    IssuedToken issueToken(String username, String name, Duration validity);

    /** The user's tokens, newest first. */
    List<ApiTokenSummary> tokensOf(String username);

    /** One of the user's tokens; {@link org.servicelevel.domain.NotFoundException} if it is not theirs. */
    ApiTokenSummary token(String username, long tokenId);

    /** Revokes one of the user's tokens; {@link org.servicelevel.domain.NotFoundException} if it is not theirs. */
    void revokeToken(String username, long tokenId);

    /** Ids of tokens that expired or were revoked before {@code cutoff}. */
    List<Long> findExpiredTokenIds(Instant cutoff, int maxResults);

    void deleteTokens(List<Long> tokenIds);
}
