package org.servicelevel.application.identity;

import java.time.Instant;

/** An API token as its owner sees it in a list: never the secret, only its first characters. */
public record ApiTokenSummary(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
                              Instant revokedAt) {
}
