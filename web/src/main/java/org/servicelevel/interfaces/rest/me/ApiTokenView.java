package org.servicelevel.interfaces.rest.me;

import java.time.Instant;

/** An API token as listed; {@code secret} is present only in the answer that issues it. */
public record ApiTokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
                           Instant revokedAt, String secret) {
}
