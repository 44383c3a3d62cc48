package org.servicelevel.domain.model.supportgroup;

import java.util.List;
import java.util.Optional;

/** Stores and finds support groups. */
public interface SupportGroupRepository {

    Optional<SupportGroup> findById(long id);

    Optional<SupportGroup> findByCode(String code);

    List<SupportGroup> findAll();

    SupportGroup store(SupportGroup group);
}
