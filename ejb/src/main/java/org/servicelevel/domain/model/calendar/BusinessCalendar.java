package org.servicelevel.domain.model.calendar;

import static org.servicelevel.domain.Texts.strippedOrNull;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.PastVersions;
import org.servicelevel.domain.TimeZones;
import org.servicelevel.domain.worktime.CalendarRules;

/**
 * A business calendar: the working time that SLA clocks count, in one IANA time zone.
 *
 * <p>Its rules are effective-dated versions. An edit adds a version that takes effect from a date
 * that has not passed yet (today or later in the calendar's zone), so no clock or report of a past
 * period is ever recomputed differently; a version that has not taken effect before today may be
 * replaced. The zone never changes: a calendar in another zone is another calendar (copy it).
 */
@Entity
@Table(name = "business_calendar")
@NamedQuery(name = "BusinessCalendar.findAll", query = "SELECT c FROM BusinessCalendar c ORDER BY c.name")
@NamedQuery(name = "BusinessCalendar.findByName", query = "SELECT c FROM BusinessCalendar c WHERE c.name = :name")
public class BusinessCalendar {

    @Id
    @SequenceGenerator(name = "business_calendar_seq", sequenceName = "business_calendar_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "business_calendar_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 120)
    private String name;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(length = 1000)
    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "calendar", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("effectiveFrom")
    private List<BusinessCalendarVersion> versions = new ArrayList<>();

    protected BusinessCalendar() {
    }

    public BusinessCalendar(String name, String timeZone, String description, CalendarDefinition rules,
                            LocalDate effectiveFrom, Instant now, String actor) {
        this.name = requireName(name);
        this.timeZone = zoneOf(timeZone).getId();
        this.description = strippedOrNull(description);
        this.createdAt = Objects.requireNonNull(now, "now");
        versions.add(new BusinessCalendarVersion(this, 1, Objects.requireNonNull(effectiveFrom, "effectiveFrom"),
                rules, now, actor));
    }

    /**
     * A calendar as it stood elsewhere, with every version, for an import that moves it between
     * installations: the versions keep their numbers and take effect on their days, past ones
     * included. They are listed in the order they take effect, each after the one before; numbers are
     * unique. Each error names its field by its path, e.g. {@code versions[1].weeklyHours}.
     */
    public static BusinessCalendar imported(String name, String timeZone, String description,
                                            List<PastVersion> versions, Instant now, String actor) {
        BusinessCalendar calendar = new BusinessCalendar();
        calendar.name = requireName(name);
        calendar.timeZone = zoneOf(timeZone).getId();
        calendar.description = strippedOrNull(description);
        calendar.createdAt = Objects.requireNonNull(now, "now");
        List<PastVersion> given = versions == null ? List.of() : versions;
        List<InvalidFieldException> errors = new ArrayList<>(PastVersions.problems(given.stream()
                .map(v -> v == null ? null : new PastVersions.Entry(v.number(), v.effectiveFrom(), v.createdBy()))
                .toList(), null, null));
        for (int i = 0; i < given.size() && errors.isEmpty(); i++) {
            PastVersion v = given.get(i);
            if (v.rules() == null) {
                errors.add(new InvalidFieldException("versions[" + i + "].weeklyHours", "Give the version's rules"));
                continue;
            }
            try {
                calendar.versions.add(new BusinessCalendarVersion(calendar, v.number(), v.effectiveFrom(), v.rules(),
                        v.createdAt() == null ? now : v.createdAt(),
                        v.createdBy() == null ? Objects.requireNonNull(actor, "actor") : v.createdBy().strip()));
            } catch (InvalidInputException e) {
                errors.addAll(e.prefixed("versions[" + i + "].").errors());
            }
        }
        InvalidInputException.throwIfAny(errors);
        return calendar;
    }

    /** One version as recorded where it was made; without provenance it is the importer's, now. */
    public record PastVersion(Integer number, LocalDate effectiveFrom, CalendarDefinition rules, Instant createdAt,
                              String createdBy) {
    }

    /**
     * How this calendar differs from one in {@code zone} with {@code versions} (in the order they take
     * effect), in words, or empty when both count the same working time on every day: the same zone,
     * and versions taking effect on the same days with the same weekly hours, holidays and overrides.
     * Numbers, names, descriptions and provenance do not change the working time and are not compared.
     */
    public Optional<String> differenceFrom(String zone, List<PastVersion> others) {
        if (zone != null && !zone.strip().equals(timeZone)) {
            return Optional.of("it counts time in " + timeZone + ", not " + zone.strip());
        }
        List<LocalDate> mine = versions.stream().map(BusinessCalendarVersion::effectiveFrom).toList();
        List<LocalDate> theirs = others.stream().map(PastVersion::effectiveFrom).toList();
        if (!mine.equals(theirs)) {
            return Optional.of("its versions take effect on " + mine + ", not on " + theirs);
        }
        for (int i = 0; i < versions.size(); i++) {
            if (!sameRules(versions.get(i).definition(), others.get(i).rules())) {
                return Optional.of("its version from " + mine.get(i) + " has other weekly hours, holidays or overrides");
            }
        }
        return Optional.empty();
    }

    private static boolean sameRules(CalendarDefinition a, CalendarDefinition b) {
        return b != null && sameItems(a.weeklyHours(), b.weeklyHours()) && sameItems(a.holidays(), b.holidays())
                && sameItems(a.overrides(), b.overrides());
    }

    private static boolean sameItems(List<?> a, List<?> b) {
        return a.size() == b.size() && new HashSet<>(a).equals(new HashSet<>(b));
    }

    /**
     * Makes {@code rules} the calendar's rules from {@code effectiveFrom} on. Days before keep the
     * rules they had. A version already taking effect on that date is replaced if it has not taken
     * effect before today.
     *
     * @return the version now in force from {@code effectiveFrom}
     */
    public BusinessCalendarVersion revise(CalendarDefinition rules, LocalDate effectiveFrom, Instant now, String actor) {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        LocalDate today = LocalDate.ofInstant(now, zone());
        if (effectiveFrom.isBefore(today)) {
            throw new InvalidFieldException("effectiveFrom", "A change can take effect from today (" + today
                    + " in " + timeZone + ") or later, not from " + effectiveFrom
                    + ": past clocks and reports keep the rules they were computed with.");
        }
        Optional<BusinessCalendarVersion> sameDay = versions.stream()
                .filter(v -> v.effectiveFrom().equals(effectiveFrom)).findFirst();
        if (sameDay.isPresent()) {
            sameDay.get().replaceRules(rules);
            return sameDay.get();
        }
        int number = versions.stream().mapToInt(BusinessCalendarVersion::number).max().orElse(0) + 1;
        BusinessCalendarVersion added = new BusinessCalendarVersion(this, number, effectiveFrom, rules, now, actor);
        versions.add(added);
        versions.sort(Comparator.comparing(BusinessCalendarVersion::effectiveFrom));
        return added;
    }

    public void describe(String newName, String newDescription) {
        this.name = requireName(newName);
        this.description = strippedOrNull(newDescription);
    }

    /** A new calendar with the same zone and the same rules history, under another name. */
    public BusinessCalendar copyAs(String newName, Instant now, String actor) {
        BusinessCalendarVersion first = versions.get(0);
        BusinessCalendar copy = new BusinessCalendar(newName, timeZone, description, first.definition(),
                first.effectiveFrom(), now, actor);
        for (BusinessCalendarVersion v : versions.subList(1, versions.size())) {
            copy.versions.add(new BusinessCalendarVersion(copy, copy.versions.size() + 1, v.effectiveFrom(),
                    v.definition(), now, actor));
        }
        return copy;
    }

    /** The rules of every version, as the time engine reads them. */
    public CalendarRules rules() {
        return CalendarRules.of(zone(), versions.stream().map(BusinessCalendarVersion::toEngineVersion).toList());
    }

    /** The version governing {@code date}; days before the first version use the first version. */
    public BusinessCalendarVersion versionOn(LocalDate date) {
        BusinessCalendarVersion governing = versions.get(0);
        for (BusinessCalendarVersion v : versions) {
            if (!v.effectiveFrom().isAfter(date)) {
                governing = v;
            }
        }
        return governing;
    }

    public Optional<BusinessCalendarVersion> versionNumbered(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("name", "A calendar needs a name");
        }
        if (name.strip().length() > 120) {
            throw new InvalidFieldException("name", "A calendar name has at most 120 characters");
        }
        return name.strip();
    }

    /** The IANA region named by {@code zone}; fixed offsets are refused because they ignore daylight saving. */
    public static ZoneId zoneOf(String zone) {
        return TimeZones.region("timeZone", zone);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String description() {
        return description;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<BusinessCalendarVersion> versions() {
        return List.copyOf(versions);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BusinessCalendar other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }
}
