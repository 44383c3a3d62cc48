package org.servicelevel.interfaces.web.security;

import jakarta.security.enterprise.credential.Credential;

/** A bearer token presented in an {@code Authorization: Bearer ...} header. */
public record ApiTokenCredential(String token) implements Credential {

    @Override
    public void clear() {
        // the token is an immutable String; it is not kept beyond the request
    }

    @Override
    public String toString() {
        return "ApiTokenCredential[****]";
    }
}
