package org.servicelevel.domain.model.calendar;

import java.util.List;
import java.util.Optional;

/** Stores and finds business calendars. */
public interface BusinessCalendarRepository {

    Optional<BusinessCalendar> findById(long id);

    Optional<BusinessCalendar> findByName(String name);

    List<BusinessCalendar> findAll();

    BusinessCalendar store(BusinessCalendar calendar);

    void remove(BusinessCalendar calendar);
}
