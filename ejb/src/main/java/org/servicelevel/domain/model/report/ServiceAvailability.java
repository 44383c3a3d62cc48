package org.servicelevel.domain.model.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.servicelevel.domain.worktime.WorkCalendar;

/**
 * A service's availability in the month, measured as its availability target is defined: against
 * the month's service hours (the working time of the service's calendar in the month), the downtime
 * being the service hours inside its outages. Outage records that overlap or touch (one for this
 * customer, one for everyone) are one stretch of downtime and count once; an outage still going on
 * counts until the month's end. The longest outage is the stretch with the most service hours, counted
 * over its whole length (also the part in another month), since the target limits a single outage.
 *
 * @param serviceHours        the working time of the service's calendar in the month
 * @param downtime            the service hours inside the outages, within the month
 * @param availability        {@code (serviceHours − downtime) / serviceHours}, exact; {@code null} without service hours
 * @param availabilityPercent the availability in percent rounded half-up to 4 decimals, for display
 * @param minimumPercent      the target, or {@code null} when the service has none
 * @param maxOutage           the longest outage allowed, or {@code null} for no limit
 * @param longestOutage       the longest stretch of downtime touching the month, or {@code null} without outages
 * @param check               met when the availability is at least the target and no stretch is longer than allowed
 */
public record ServiceAvailability(String service, Duration serviceHours, Duration downtime, Fraction availability,
                                  BigDecimal availabilityPercent, BigDecimal minimumPercent, Duration maxOutage,
                                  Downtime longestOutage, int outages, Check check, String explanation) {

    /**
     * A stretch of downtime: one outage record, or several that overlap or touch.
     *
     * @param end          its end, or the month's end for an outage still going on
     * @param serviceHours the service hours inside the whole stretch
     * @param references   the outage records it is made of
     */
    public record Downtime(Instant start, Instant end, Duration serviceHours, List<String> references) {

        public Downtime {
            references = List.copyOf(references);
        }
    }

    static ServiceAvailability of(ServiceFacts service, ClosingMonth month) {
        WorkCalendar calendar = service.calendar();
        long monthStart = month.start().getEpochSecond();
        long monthEnd = month.end().getEpochSecond();
        long hours = calendar.elapsedSeconds(monthStart, monthEnd);
        List<Downtime> stretches = stretches(service, month);
        long down = 0;
        Downtime longest = null;
        for (Downtime stretch : stretches) {
            long from = Math.max(monthStart, stretch.start().getEpochSecond());
            long to = Math.min(monthEnd, stretch.end().getEpochSecond());
            down += calendar.elapsedSeconds(from, to);
            if (longest == null || stretch.serviceHours().compareTo(longest.serviceHours()) > 0) {
                longest = stretch;
            }
        }
        ServiceFacts.AvailabilityTarget target = service.target();
        BigDecimal minimum = target == null ? null : target.minimumPercent();
        Duration maxOutage = target == null ? null : target.maxOutage();
        String head = "Service " + service.code() + ": " + Display.hms(Duration.ofSeconds(hours))
                + " of service hours, down " + Display.hms(Duration.ofSeconds(down)) + " in " + stretches.size()
                + (stretches.size() == 1 ? " stretch" : " stretches");
        if (hours == 0) {
            return new ServiceAvailability(service.code(), Duration.ZERO, Duration.ZERO, null, null, minimum,
                    maxOutage, longest, stretches.size(), target == null ? Check.NO_TARGET : Check.NOTHING_TO_MEASURE,
                    head + "; no service hours in the month, so nothing to measure" + (target == null ? "" : ": met (—)"));
        }
        Fraction availability = Fraction.of(hours - down, hours);
        BigDecimal percent = availability.percent(4);
        String measured = head + ", available " + Display.percent(percent) + " (exactly " + availability + ")";
        if (target == null) {
            return new ServiceAvailability(service.code(), Duration.ofSeconds(hours), Duration.ofSeconds(down),
                    availability, percent, null, null, longest, stretches.size(), Check.NO_TARGET,
                    measured + "; the service has no availability target");
        }
        boolean enough = availability.atLeastPercent(minimum);
        boolean shortEnough = maxOutage == null || longest == null || longest.serviceHours().compareTo(maxOutage) <= 0;
        StringBuilder why = new StringBuilder(measured).append(enough ? " ≥ " : " < ")
                .append(Display.percent(minimum));
        if (maxOutage != null) {
            why.append("; longest outage ").append(longest == null ? Display.NONE : Display.hms(longest.serviceHours()))
                    .append(shortEnough ? " ≤ " : " > ").append(Display.hms(maxOutage));
        }
        why.append(enough && shortEnough ? ": met" : ": not met");
        return new ServiceAvailability(service.code(), Duration.ofSeconds(hours), Duration.ofSeconds(down),
                availability, percent, minimum, maxOutage, longest, stretches.size(), Check.of(enough && shortEnough),
                why.toString());
    }

    /** The outages touching the month merged into stretches of downtime, in order of time. */
    private static List<Downtime> stretches(ServiceFacts service, ClosingMonth month) {
        Instant monthStart = month.start();
        Instant monthEnd = month.end();
        List<ServiceFacts.Outage> touching = service.outages().stream()
                .filter(o -> o.start().isBefore(monthEnd) && endOf(o, monthEnd).isAfter(monthStart)
                        && endOf(o, monthEnd).isAfter(o.start()))
                .sorted(Comparator.comparing(ServiceFacts.Outage::start)).toList();
        List<Downtime> stretches = new ArrayList<>();
        Instant start = null;
        Instant end = null;
        List<String> references = new ArrayList<>();
        for (ServiceFacts.Outage outage : touching) {
            if (start != null && outage.start().isAfter(end)) {
                stretches.add(downtime(service, start, end, references));
                start = null;
                references = new ArrayList<>();
            }
            if (start == null) {
                start = outage.start();
                end = endOf(outage, monthEnd);
            } else if (endOf(outage, monthEnd).isAfter(end)) {
                end = endOf(outage, monthEnd);
            }
            if (outage.reference() != null) {
                references.add(outage.reference());
            }
        }
        if (start != null) {
            stretches.add(downtime(service, start, end, references));
        }
        return stretches;
    }

    private static Downtime downtime(ServiceFacts service, Instant start, Instant end, List<String> references) {
        return new Downtime(start, end, Duration.ofSeconds(service.calendar().elapsedSeconds(start.getEpochSecond(),
                end.getEpochSecond())), references);
    }

    private static Instant endOf(ServiceFacts.Outage outage, Instant monthEnd) {
        return outage.end() != null ? outage.end() : monthEnd.isAfter(outage.start()) ? monthEnd : outage.start();
    }
}
