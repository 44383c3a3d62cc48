package org.servicelevel.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/** Reads the IANA time zones that calendars and agreements keep their dates and hours in. */
public final class TimeZones {

    /** Offsets written as zones ({@code GMT+1}, {@code UTC-05:00}): fixed, so they ignore daylight saving. */
    private static final Pattern PREFIXED_OFFSET = Pattern.compile("(?i)(UTC|GMT|UT)[+-].*");

    private TimeZones() {
    }

    /**
     * The IANA region named by {@code zone}. Fixed offsets are refused because a region's wall clock
     * follows daylight saving and they do not; {@code UTC} itself is accepted.
     *
     * @throws InvalidFieldException against {@code field} when the name is missing, unknown or an offset
     */
    public static ZoneId region(String field, String zone) {
        if (zone == null || zone.isBlank()) {
            throw new InvalidFieldException(field, "Give an IANA time zone such as Europe/Berlin");
        }
        String text = zone.strip();
        ZoneId id;
        try {
            id = ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new InvalidFieldException(field, "'" + zone + "' is not a known IANA time zone such as Europe/Berlin");
        }
        if (id instanceof ZoneOffset && !id.equals(ZoneOffset.UTC) || PREFIXED_OFFSET.matcher(text).matches()) {
            throw new InvalidFieldException(field, "'" + zone + "' is a fixed offset; give an IANA region such as"
                    + " Europe/Berlin so that daylight saving time is followed");
        }
        return id;
    }
}
