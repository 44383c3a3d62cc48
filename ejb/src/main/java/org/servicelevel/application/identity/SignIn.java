package org.servicelevel.application.identity;

import java.time.Instant;
import java.util.Optional;

/**
 * The outcome of a sign-in: the caller, a failure, or a refusal without checking the credentials
 * because the account or the client address failed too often (until {@code retryAfter}).
 */
public record SignIn(Caller caller, Instant retryAfter) {

    public static SignIn succeeded(Caller caller) {
        return new SignIn(caller, null);
    }

    public static SignIn failed() {
        return new SignIn(null, null);
    }

    public static SignIn refusedUntil(Instant retryAfter) {
        return new SignIn(null, retryAfter);
    }

    public Optional<Caller> signedIn() {
        return Optional.ofNullable(caller);
    }

    public boolean refused() {
        return retryAfter != null;
    }
}
