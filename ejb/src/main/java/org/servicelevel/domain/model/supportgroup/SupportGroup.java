package org.servicelevel.domain.model.supportgroup;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.model.identity.UserAccount;

/**
 * A group on the provider's side that works on tickets: a support line (1 = first line, 2 = second,
 * ...), the field engineers, or a supplier bound by an underpinning contract. Only support lines
 * have a level; the level orders escalation ("a move to a higher line").
 *
 * <p>The people escalations notify are its members and its lead, by username; the lead may or may
 * not be a member. Usernames are kept as user accounts store them (trimmed, lower case), each once,
 * and a group has at most {@value #MAX_MEMBERS} members. That they name staff accounts is checked
 * by the application service, which can see the accounts.
 */
@Entity
@Table(name = "support_group")
@NamedQuery(name = "SupportGroup.findAll",
        query = "SELECT g FROM SupportGroup g ORDER BY g.kind, g.lineLevel, g.name")
@NamedQuery(name = "SupportGroup.findByCode", query = "SELECT g FROM SupportGroup g WHERE g.code = :code")
public class SupportGroup {

    /** The most members a group may have. */
    public static final int MAX_MEMBERS = 500;

    @Id
    @SequenceGenerator(name = "support_group_seq", sequenceName = "support_group_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_group_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SupportGroupKind kind;

    @Column(name = "line_level")
    private Integer lineLevel;

    @Column(length = 1000)
    private String description;

    @Column(name = "lead_username", length = 100)
    private String lead;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "support_group_member", joinColumns = @JoinColumn(name = "support_group_id"))
    @Column(name = "username", nullable = false, length = 100)
    private Set<String> members = new TreeSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SupportGroup() {
    }

    public SupportGroup(String code, String name, SupportGroupKind kind, Integer lineLevel, String description,
                        Instant createdAt) {
        if (code == null || !code.strip().toUpperCase(Locale.ROOT).matches("[A-Z0-9][A-Z0-9_-]{1,39}")) {
            throw new InvalidFieldException("code", "A group code has 2 to 40 letters, digits, '-' or '_', e.g. L2-NET");
        }
        this.code = code.strip().toUpperCase(Locale.ROOT);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        change(name, kind, lineLevel, description);
    }

    /** Changes what the group is called and where it stands; the code never changes. */
    public final void change(String newName, SupportGroupKind newKind, Integer newLevel, String newDescription) {
        if (newName == null || newName.isBlank()) {
            throw new InvalidFieldException("name", "A support group needs a name");
        }
        if (newKind == null) {
            throw new InvalidFieldException("kind", "Give the kind: SUPPORT_LINE, FIELD_ENGINEERS or SUPPLIER");
        }
        if (newKind == SupportGroupKind.SUPPORT_LINE && (newLevel == null || newLevel < 1 || newLevel > 9)) {
            throw new InvalidFieldException("lineLevel", "A support line needs a level from 1 (first line) to 9");
        }
        if (newKind != SupportGroupKind.SUPPORT_LINE && newLevel != null) {
            throw new InvalidFieldException("lineLevel", "Only support lines have a level");
        }
        this.name = newName.strip();
        this.kind = newKind;
        this.lineLevel = newLevel;
        this.description = strippedOrNull(newDescription);
    }

    /**
     * Names the group's lead ({@code null} or blank: none) and its members, replacing those before.
     * A username given twice counts once.
     *
     * @throws InvalidInputException naming {@code lead}, {@code members[i]} or {@code members} for a
     *                               malformed username or too many members
     */
    public final void staff(String newLead, Collection<String> newMembers) {
        List<InvalidFieldException> errors = new ArrayList<>();
        String leadName = newLead == null || newLead.isBlank() ? null : username("lead", newLead, errors);
        Set<String> names = new TreeSet<>();
        int index = 0;
        for (String member : newMembers == null ? List.<String>of() : newMembers) {
            String name = username("members[" + index++ + "]", member, errors);
            if (name != null) {
                names.add(name);
            }
        }
        if (names.size() > MAX_MEMBERS) {
            errors.add(new InvalidFieldException("members",
                    "A support group has at most " + MAX_MEMBERS + " members, not " + names.size()));
        }
        InvalidInputException.throwIfAny(errors);
        this.lead = leadName;
        this.members.retainAll(names);
        this.members.addAll(names);
    }

    private static String username(String field, String username, List<InvalidFieldException> errors) {
        try {
            return UserAccount.normaliseUsername(username);
        } catch (InvalidFieldException e) {
            errors.add(new InvalidFieldException(field, e.getMessage()));
            return null;
        }
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

    public SupportGroupKind kind() {
        return kind;
    }

    public Integer lineLevel() {
        return lineLevel;
    }

    public String description() {
        return description;
    }

    /** The username of the group's lead, if it has one. */
    public Optional<String> lead() {
        return Optional.ofNullable(lead);
    }

    /** The usernames of the group's members, sorted; the lead is among them only if named a member. */
    public Set<String> members() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(members));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SupportGroup other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
