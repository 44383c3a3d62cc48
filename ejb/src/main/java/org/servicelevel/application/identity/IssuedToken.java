package org.servicelevel.application.identity;

import java.time.Instant;

/** A freshly issued API token. {@link #secret()} is shown to the user once and never stored. */
public record IssuedToken(long id, String name, String secret, String prefix, Instant createdAt, Instant expiresAt) {
}
