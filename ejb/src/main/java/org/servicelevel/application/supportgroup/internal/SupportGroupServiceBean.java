package org.servicelevel.application.supportgroup.internal;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.servicelevel.application.identity.Caller;
import org.servicelevel.application.supportgroup.SupportGroupChange;
import org.servicelevel.application.supportgroup.SupportGroupDetails;
import org.servicelevel.application.supportgroup.SupportGroupService;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.StaleVersionException;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.identity.UserAccount;
import org.servicelevel.domain.model.identity.UserAccountRepository;
import org.servicelevel.domain.model.supportgroup.SupportGroup;
import org.servicelevel.domain.model.supportgroup.SupportGroupKind;
import org.servicelevel.domain.model.supportgroup.SupportGroupRepository;

/**
 * Creates and changes support groups. The people named as a group's lead and members must be user
 * accounts of the provider's staff ({@link UserAccount#isStaff()}); a disabled account may stay in a
 * group it was in (it simply gets no mail) but is not added anew.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION, Role.Names.SYSTEM})
@DeclareRoles({Role.Names.CUSTOMER, Role.Names.SYSTEM})
public class SupportGroupServiceBean implements SupportGroupService {

    @Inject
    private SupportGroupRepository groups;

    @Inject
    private UserAccountRepository users;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    @Override
    public List<SupportGroupDetails> list() {
        return groups.findAll().stream().map(SupportGroupServiceBean::details).toList();
    }

    @Override
    public SupportGroupDetails find(long id) {
        return details(load(id));
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.SYSTEM})
    public SupportGroupDetails create(SupportGroupChange change) {
        SupportGroup group = new SupportGroup(change.code(), change.name(), kind(change.kind()), change.lineLevel(),
                change.description(), clock.instant());
        if (groups.findByCode(group.code()).isPresent()) {
            throw new InvalidFieldException("code", "A support group with code " + group.code() + " already exists");
        }
        staff(group, change);
        groups.store(group);
        log.info(() -> "Support group " + group.code() + " created");
        return details(group);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.SYSTEM})
    public SupportGroupDetails update(long id, long expectedVersion, SupportGroupChange change) {
        SupportGroup group = load(id);
        if (group.version() != expectedVersion) {
            throw new StaleVersionException("Support group " + id, expectedVersion, group.version());
        }
        if (change.code() != null && !change.code().isBlank() && !change.code().strip().equalsIgnoreCase(group.code())) {
            throw new InvalidFieldException("code", "A support group's code never changes (it is " + group.code() + ")");
        }
        group.change(change.name(), kind(change.kind()), change.lineLevel(), change.description());
        staff(group, change);
        SupportGroup stored = groups.store(group);
        log.info(() -> "Support group " + stored.code() + " changed");
        return details(stored);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.SYSTEM})
    public List<Caller> candidates() {
        return users.findAll().stream().filter(u -> u.isStaff() && u.isEnabled())
                .sorted(Comparator.comparing(UserAccount::username)).map(Caller::of).toList();
    }

    private SupportGroup load(long id) {
        return groups.findById(id).orElseThrow(() -> new NotFoundException("There is no support group " + id));
    }

    /** Gives the group the lead and members of the change, each checked to be a staff account. */
    private void staff(SupportGroup group, SupportGroupChange change) {
        List<InvalidFieldException> errors = new ArrayList<>();
        if (change.lead() != null && !change.lead().isBlank()) {
            checkStaff("lead", change.lead(), group, errors);
        }
        for (int i = 0; i < change.members().size(); i++) {
            checkStaff("members[" + i + "]", change.members().get(i), group, errors);
        }
        InvalidInputException.throwIfAny(errors);
        group.staff(change.lead(), change.members());
    }

    private void checkStaff(String field, String username, SupportGroup group, List<InvalidFieldException> errors) {
        String name;
        try {
            name = UserAccount.normaliseUsername(username);
        } catch (InvalidFieldException e) {
            errors.add(new InvalidFieldException(field, e.getMessage()));
            return;
        }
        Optional<UserAccount> account = users.findByUsername(name);
        if (account.isEmpty()) {
            errors.add(new InvalidFieldException(field, "There is no user " + name));
        } else if (!account.get().isStaff()) {
            errors.add(new InvalidFieldException(field, name + " is not one of the provider's staff: only administrators,"
                    + " managers and agents, not customer users or integrations, work in support groups"));
        } else if (!account.get().isEnabled() && !group.members().contains(name)
                && group.lead().filter(name::equals).isEmpty()) {
            errors.add(new InvalidFieldException(field, "The user " + name + " is disabled"));
        }
    }

    private static SupportGroupKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return SupportGroupKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("kind", "'" + kind + "' is not a kind of support group: use "
                    + Arrays.toString(SupportGroupKind.values()));
        }
    }

    private static SupportGroupDetails details(SupportGroup g) {
        return new SupportGroupDetails(g.id(), g.version(), g.code(), g.name(), g.kind().name(), g.lineLevel(),
                g.description(), g.lead().orElse(null), List.copyOf(g.members()));
    }
}
