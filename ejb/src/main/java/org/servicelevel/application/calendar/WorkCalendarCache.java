package org.servicelevel.application.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.servicelevel.domain.worktime.WorkCalendar;

/**
 * Keeps the time engine of each calendar, built once per calendar version: the engine precomputes
 * working intervals, so a due date or elapsed time is a lookup, not a rebuild. An entry is replaced
 * as soon as a caller presents a newer calendar version (also one changed on another cluster member).
 */
@ApplicationScoped
public class WorkCalendarCache {

    private record Entry(long version, WorkCalendar engine) {
    }

    private final Map<Long, Entry> engines = new ConcurrentHashMap<>();

    public WorkCalendar engine(long calendarId, long calendarVersion, Supplier<WorkCalendar> build) {
        Entry entry = engines.get(calendarId);
        if (entry != null && entry.version() == calendarVersion) {
            return entry.engine();
        }
        WorkCalendar built = build.get();
        engines.merge(calendarId, new Entry(calendarVersion, built),
                (old, fresh) -> old.version() >= fresh.version() ? old : fresh);
        return built;
    }

    public void evict(long calendarId) {
        engines.remove(calendarId);
    }
}
