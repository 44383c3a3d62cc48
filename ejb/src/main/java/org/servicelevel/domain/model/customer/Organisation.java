package org.servicelevel.domain.model.customer;

import static org.servicelevel.domain.Texts.strippedOrNull;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer organisation: the party whose users raise tickets and whose agreements are monitored.
 * Its {@link #code() code} is the short business identity users see (e.g. {@code ACME}); data of one
 * organisation is never shown to the users of another.
 */
@Entity
@Table(name = "organisation")
@NamedQuery(name = "Organisation.findByCode", query = "SELECT o FROM Organisation o WHERE o.code = :code")
@NamedQuery(name = "Organisation.findAll", query = "SELECT o FROM Organisation o ORDER BY o.name")
public class Organisation {

    @Id
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "coordinator_name", length = 200)
    private String coordinatorName;

    @Column(name = "coordinator_email", length = 320)
    private String coordinatorEmail;

    @Column(name = "coordinator_phone", length = 50)
    private String coordinatorPhone;

    protected Organisation() {
    }

    public Organisation(String code, String name, Instant createdAt) {
        this.code = requireText(code, "code").toUpperCase(java.util.Locale.ROOT);
        if (!this.code.matches("[A-Z0-9][A-Z0-9_-]{1,39}")) {
            throw new org.servicelevel.domain.InvalidFieldException("code",
                    "A customer code has 2 to 40 letters, digits, '-' or '_', e.g. ACME");
        }
        this.name = requireText(name, "name");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new org.servicelevel.domain.InvalidFieldException(field, "A customer needs a " + field);
        }
        return value.strip();
    }

    public void rename(String newName) {
        this.name = requireText(newName, "name");
    }

    /** Names the customer's coordinator; all parts optional, a blank part clears it. */
    public void appointCoordinator(String personName, String email, String phone) {
        this.coordinatorName = strippedOrNull(personName);
        this.coordinatorEmail = strippedOrNull(email);
        this.coordinatorPhone = strippedOrNull(phone);
    }

    public String coordinatorName() {
        return coordinatorName;
    }

    public String coordinatorEmail() {
        return coordinatorEmail;
    }

    public String coordinatorPhone() {
        return coordinatorPhone;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Organisation other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
