package org.servicelevel.domain.model.identity;

import static org.servicelevel.domain.Texts.strippedOrNull;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.model.customer.Organisation;

/**
 * A person or client that signs in. Holds only a hash of the password, never the password.
 *
 * <p>Rules guarded here: a user with the {@link Role#CUSTOMER} role has no other role and belongs to
 * exactly one customer organisation, because everything a customer user sees is limited to that
 * organisation; a user without it belongs to none, because nothing confines the provider's users.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.enabledAddresses",
        query = "SELECT u.username, u.email FROM UserAccount u WHERE u.username IN :usernames AND u.enabled = TRUE")
@NamedQuery(name = "UserAccount.findByUsername",
        query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = "UserAccount.findAll", query = "SELECT u FROM UserAccount u ORDER BY u.username")
@NamedQuery(name = "UserAccount.findByOrganisation",
        query = "SELECT u FROM UserAccount u WHERE u.organisation.id = :organisationId ORDER BY u.username")
@NamedQuery(name = "UserAccount.findEnabledByEmail",
        query = "SELECT u FROM UserAccount u WHERE LOWER(u.email) = :email AND u.enabled = TRUE ORDER BY u.username")
@NamedQuery(name = "UserAccount.countByRole",
        query = "SELECT COUNT(u) FROM UserAccount u JOIN u.roles r WHERE r = :role AND u.enabled = TRUE")
public class UserAccount {

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 320)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, String passwordHash,
                       Set<Role> roles, Organisation organisation, Instant createdAt) {
        this.username = normaliseUsername(username);
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidFieldException("displayName", "Give the name people see");
        }
        this.displayName = displayName.strip();
        this.email = strippedOrNull(email);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.enabled = true;
        assign(roles, organisation);
    }

    /** Usernames are compared case-insensitively: they are stored trimmed and in lower case. */
    public static String normaliseUsername(String username) {
        if (username == null || username.isBlank()) {
            throw new InvalidFieldException("username", "Give a username");
        }
        String normalised = username.strip().toLowerCase(Locale.ROOT);
        if (!normalised.matches("[a-z0-9._@-]{2,100}")) {
            throw new InvalidFieldException("username",
                    "A username may contain only letters, digits, '.', '_', '-' and '@' (2 to 100 characters)");
        }
        return normalised;
    }

    /** Replaces the user's roles and organisation together, so the customer rule always holds. */
    public final void assign(Set<Role> newRoles, Organisation newOrganisation) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new InvalidFieldException("roles", "A user needs at least one role");
        }
        if (newRoles.contains(Role.CUSTOMER) && newRoles.size() > 1) {
            // a customer's user sees their own organisation only; a staff role beside it would open
            // the services that staff use for every organisation (imports, outages, selection rules)
            throw new InvalidFieldException("roles", "A customer user has the customer role only; agent, integration,"
                    + " manager and administrator are roles of the provider's own users");
        }
        if (newRoles.contains(Role.CUSTOMER) && newOrganisation == null) {
            throw new InvalidFieldException("organisation", "A customer user must belong to an organisation: give its code");
        }
        if (!newRoles.contains(Role.CUSTOMER) && newOrganisation != null) {
            // the services confine only customer users to their organisation: an integration or an agent
            // bound to one would still read and change every organisation's tickets
            throw new InvalidFieldException("organisation", "Only a customer user belongs to an organisation; the"
                    + " provider's users and integrations work for every organisation");
        }
        this.roles = EnumSet.copyOf(newRoles);
        this.organisation = newOrganisation;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Whether the account is one of the provider's people, who may work in support groups: an
     * administrator, manager or agent, and not a customer user. An integration account is a client
     * program, not a person.
     */
    public boolean isStaff() {
        return !roles.contains(Role.CUSTOMER) && organisation == null
                && (roles.contains(Role.ADMIN) || roles.contains(Role.MANAGER) || roles.contains(Role.AGENT));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserAccount other && username.equals(other.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
