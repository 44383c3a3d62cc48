package org.servicelevel.domain.model.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores the failed sign-ins of accounts and client addresses. */
public interface LoginThrottleRepository {

    /** The record of {@code subject}, locked for update in the current transaction. */
    Optional<LoginThrottle> findForUpdate(String subject);

    Optional<LoginThrottle> find(String subject);

    LoginThrottle store(LoginThrottle throttle);

    /** The subjects refused at {@code now}, the longest first. */
    List<LoginThrottle> findBlocked(Instant now);

    /** Deletes the records whose last failure is before {@code cutoff} and that are not refused at {@code now}. */
    int deleteQuietBefore(Instant cutoff, Instant now);
}
