package org.servicelevel.domain.model.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Stores and finds the months' results. */
public interface MonthResultRepository {

    /** What a list of results is narrowed to; each {@code null} part narrows nothing. */
    record Filter(Long agreementId, YearMonth month, ResultState state, Long organisationId) {
    }

    Optional<MonthResult> findById(long id);

    Optional<MonthResult> findByNumber(String number);

    /**
     * The latest result of an agreement's month (the highest sequence), locked until the transaction
     * ends, so that two runs of one month are stored one after the other.
     */
    Optional<MonthResult> lockLatest(long agreementId, YearMonth month);

    /** The results the filter lets through, newest month first, then by agreement and sequence. */
    List<MonthResult> find(Filter filter);

    /**
     * Stores a new or changed result.
     *
     * @throws org.servicelevel.domain.ConflictException when another run stored the same result number meanwhile
     */
    MonthResult store(MonthResult result);
}
