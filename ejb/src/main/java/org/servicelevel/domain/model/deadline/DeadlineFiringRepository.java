package org.servicelevel.domain.model.deadline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Records of fired deadlines. */
public interface DeadlineFiringRepository {

    Optional<DeadlineFiring> find(String kind, String reference, Instant due);

    List<DeadlineFiring> findAll(String kind, String reference);

    void store(DeadlineFiring firing);
}
