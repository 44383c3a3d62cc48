package org.servicelevel.application.supportgroup;

import java.util.List;

/** The provider's support groups: lines, field engineers and suppliers. */
public interface SupportGroupService {

    List<SupportGroupDetails> list();

    SupportGroupDetails find(long id);

    SupportGroupDetails create(SupportGroupChange change);

    SupportGroupDetails update(long id, long expectedVersion, SupportGroupChange change);
}
