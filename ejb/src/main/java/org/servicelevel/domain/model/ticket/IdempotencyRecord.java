package org.servicelevel.domain.model.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The record that a caller created a ticket with an {@code Idempotency-Key}: a retry of the same
 * request with the same key gets the same ticket instead of a duplicate; the same key with another
 * request is refused.
 */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

    /** A caller's key. */
    public static class Key implements Serializable {
        private String principal;
        private String key;

        public Key() {
        }

        public Key(String principal, String key) {
            this.principal = principal;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(principal, other.principal) && Objects.equals(key, other.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(principal, key);
        }
    }

    @Id
    @Column(length = 100)
    private String principal;

    @Id
    @Column(name = "request_key", length = 200)
    private String key;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(name = "ticket_id", nullable = false)
    private long ticketId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {
    }

    public IdempotencyRecord(String principal, String key, String requestHash, long ticketId, Instant createdAt) {
        this.principal = principal;
        this.key = key;
        this.requestHash = requestHash;
        this.ticketId = ticketId;
        this.createdAt = createdAt;
    }

    public String requestHash() {
        return requestHash;
    }

    public long ticketId() {
        return ticketId;
    }
}
