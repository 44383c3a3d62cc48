package org.servicelevel.application.supportgroup;

import java.util.List;
import org.servicelevel.application.identity.Caller;

/** The provider's support groups: lines, field engineers and suppliers. */
public interface SupportGroupService {

    List<SupportGroupDetails> list();

    SupportGroupDetails find(long id);

    SupportGroupDetails create(SupportGroupChange change);

    SupportGroupDetails update(long id, long expectedVersion, SupportGroupChange change);

    /**
     * The people who may be named a group's lead or members: the enabled accounts of the provider's
     * staff (administrators, managers and agents), by username. For those who change groups.
     */
    List<Caller> candidates();
}
