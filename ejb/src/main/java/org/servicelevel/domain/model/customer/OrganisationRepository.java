package org.servicelevel.domain.model.customer;

import java.util.List;
import java.util.Optional;

/** Stores and finds customer organisations. */
public interface OrganisationRepository {

    Optional<Organisation> findById(long id);

    Optional<Organisation> findByCode(String code);

    List<Organisation> findAll();

    Organisation store(Organisation organisation);

    long count();
}
