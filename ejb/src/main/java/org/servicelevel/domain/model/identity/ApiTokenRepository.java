package org.servicelevel.domain.model.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores API tokens and finds them by the hash of their secret. */
public interface ApiTokenRepository {

    Optional<ApiToken> findByHash(String tokenHash);

    List<ApiToken> findByOwner(String username);

    /** Ids of tokens that expired or were revoked before {@code cutoff}, oldest first. */
    List<Long> findIdsExpiredBefore(Instant cutoff, int maxResults);

    ApiToken store(ApiToken token);

    void deleteById(long id);
}
