package org.servicelevel.domain.model.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.servicelevel.domain.InvalidFieldException;

/**
 * A bearer token an API client presents instead of a password. It acts as its owner, with the
 * owner's roles. Only the SHA-256 hash of the token is stored; the token itself is shown once, when
 * it is issued. A token stops working when it expires or is revoked, and stops working at once when
 * its owner is disabled.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = "ApiToken.findByHash", query = "SELECT t FROM ApiToken t JOIN FETCH t.owner WHERE t.tokenHash = :hash")
@NamedQuery(name = "ApiToken.findByOwner",
        query = "SELECT t FROM ApiToken t WHERE t.owner.username = :username ORDER BY t.createdAt DESC")
@NamedQuery(name = "ApiToken.findIdsExpiredBefore",
        query = "SELECT t.id FROM ApiToken t WHERE (t.expiresAt IS NOT NULL AND t.expiresAt < :cutoff)"
                + " OR (t.revokedAt IS NOT NULL AND t.revokedAt < :cutoff) ORDER BY t.id")
public class ApiToken {

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_account_id", nullable = false)
    private UserAccount owner;

    @Column(nullable = false, length = 100)
    private String name;

    /** The first characters of the token, so a user can tell their tokens apart. */
    @Column(name = "token_prefix", nullable = false, length = 16)
    private String tokenPrefix;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(UserAccount owner, String name, String tokenPrefix, String tokenHash,
                    Instant createdAt, Instant expiresAt) {
        this.owner = Objects.requireNonNull(owner, "owner");
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("name", "A token needs a name that says which client uses it");
        }
        this.name = name.strip();
        this.tokenPrefix = Objects.requireNonNull(tokenPrefix, "tokenPrefix");
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        if (expiresAt != null && !expiresAt.isAfter(createdAt)) {
            throw new InvalidFieldException("validDays", "A token must expire after it is issued");
        }
        this.expiresAt = expiresAt;
    }

    /** Whether the token may be used at {@code now}. */
    public boolean isUsableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt)) && owner.isEnabled();
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public UserAccount owner() {
        return owner;
    }

    public String name() {
        return name;
    }

    public String tokenPrefix() {
        return tokenPrefix;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiToken other && tokenHash.equals(other.tokenHash);
    }

    @Override
    public int hashCode() {
        return tokenHash.hashCode();
    }
}
