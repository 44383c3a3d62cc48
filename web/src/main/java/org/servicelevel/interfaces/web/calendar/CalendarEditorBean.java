package org.servicelevel.interfaces.web.calendar;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.primefaces.event.FileUploadEvent;
import org.servicelevel.application.calendar.CalendarChange;
import org.servicelevel.application.calendar.CalendarDetails;
import org.servicelevel.application.calendar.CalendarService;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.TimeZones;
import org.servicelevel.domain.model.calendar.CalendarDefinition;
import org.servicelevel.domain.model.calendar.WeeklyInterval;
import org.servicelevel.interfaces.web.Feedback;

/**
 * The calendar editor: a new calendar, a copy of one, or a new version of one from an effective date.
 * The weekly hours are a grid of intervals per weekday; holidays and date overrides are set on a year
 * view, one day at a time, or taken from an iCalendar file. Saving goes through the calendar service,
 * whose refusals are shown next to the field they concern, in the page's language.
 */
@Named
@ViewScoped
public class CalendarEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_ICS_BYTES = 1024 * 1024;
    static final String FORM = "editor:";

    /** What the page does. */
    public enum Mode { NEW, EDIT, COPY }

    @Inject
    private CalendarService calendars;

    private String id;
    private String copy;
    private Mode mode = Mode.NEW;
    private long calendarId;
    private long expectedVersion;
    private String sourceName;
    private int baseVersion;

    private String name;
    private String timeZone;
    private String description;
    private LocalDate effectiveFrom;
    private WeekGrid grid;
    private YearPlan plan;
    private int year;

    private LocalDate dayDate;
    private YearPlan.Kind dayKind;
    private String dayName;
    private List<IntervalRow> dayHours = new ArrayList<>();

    /**
     * Opens the editor for the {@code id} (edit) or {@code copy} view parameter, or for a new calendar;
     * only managers and administrators may, others get 403, an unknown calendar 404.
     */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (faces.isPostback() || grid != null) {
            return;
        }
        if (!CalendarsBean.mayEdit(faces)) {
            external.responseSendError(403, "Only managers and administrators edit calendars");
            faces.responseComplete();
            return;
        }
        Locale locale = faces.getViewRoot().getLocale();
        String wanted = present(id) ? id : copy;
        if (wanted == null) {
            grid = WeekGrid.of(List.of(), locale);
            plan = YearPlan.of(new CalendarDefinition(List.of(), List.of(), List.of()));
            year = LocalDate.now(ZoneId.of("UTC")).getYear();
            return;
        }
        CalendarDetails details;
        try {
            details = calendars.find(Long.parseLong(wanted.strip()));
        } catch (NotFoundException | NumberFormatException e) {
            external.responseSendError(404, "No such calendar");
            faces.responseComplete();
            return;
        }
        mode = present(id) ? Mode.EDIT : Mode.COPY;
        calendarId = details.id();
        expectedVersion = details.version();
        sourceName = details.name();
        timeZone = details.timeZone();
        description = details.description();
        CalendarDetails.Version base = details.versions().stream()
                .max(Comparator.comparing(CalendarDetails.Version::effectiveFrom)).orElseThrow();
        baseVersion = base.number();
        grid = WeekGrid.of(base.rules().weeklyHours(), locale);
        plan = YearPlan.of(base.rules());
        LocalDate today = LocalDate.now(ZoneId.of(timeZone));
        year = today.getYear();
        if (mode == Mode.EDIT) {
            name = details.name();
            effectiveFrom = today;
        } else {
            name = Feedback.text("calendarEditor.copyName", details.name());
        }
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** Time zones whose id contains {@code query}: IANA regions only, as calendars take no fixed offsets. */
    public List<String> zones(String query) {
        String wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return ZoneId.getAvailableZoneIds().stream()
                .filter(zone -> zone.equals("UTC") || zone.contains("/") && !zone.startsWith("Etc/")
                        && !zone.startsWith("SystemV/"))
                .filter(zone -> zone.toLowerCase(Locale.ROOT).contains(wanted))
                .sorted().limit(40).toList();
    }

    public void addInterval(DayOfWeek day) {
        grid.add(day);
    }

    public void removeInterval(DayOfWeek day, int index) {
        grid.remove(day, index);
    }

    public void copyMonday() {
        grid.copyMondayToWeekdays();
    }

    public void roundTheClock() {
        grid.roundTheClock();
    }

    /** Opens the day dialog for {@code date} ({@code yyyy-MM-dd}) with what the date is now. */
    public void openDay(String date) {
        dayDate = LocalDate.parse(date);
        dayKind = plan.kindOf(dayDate);
        dayName = plan.nameOf(dayDate);
        dayHours = plan.hoursOf(dayDate);
        if (dayHours.isEmpty()) {
            dayHours.add(new IntervalRow(9 * 60, 18 * 60));
        }
    }

    public void addDayInterval() {
        dayHours.add(new IntervalRow());
    }

    public void removeDayInterval(int index) {
        if (index >= 0 && index < dayHours.size()) {
            dayHours.remove(index);
        }
    }

    /** Sets the date of the dialog as chosen; wrong hours keep the dialog open with their errors. */
    public void applyDay() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<IntervalRow.Minutes> hours = List.of();
        if (dayKind == YearPlan.Kind.HOURS) {
            Optional<List<IntervalRow.Minutes>> checked = IntervalRow.check(dayHours);
            if (checked.isEmpty() || checked.get().isEmpty()) {
                if (checked.isPresent()) {
                    faces.addMessage(FORM + "dayHours", error("calendarEditor.error.noHours"));
                }
                faces.validationFailed();
                return;
            }
            hours = checked.get();
        }
        plan.set(dayDate, dayKind == null ? YearPlan.Kind.WEEKLY : dayKind, dayName, hours);
    }

    /** Adds the holidays of an uploaded iCalendar file from 1 January of the year shown on. */
    public void importHolidays(FileUploadEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String ics;
        try (InputStream in = event.getFile().getInputStream()) {
            byte[] bytes = in.readNBytes((int) MAX_ICS_BYTES + 1);
            if (bytes.length > MAX_ICS_BYTES) {
                faces.addMessage(FORM + "ics", error("calendarEditor.error.icsSize"));
                return;
            }
            ics = new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            faces.addMessage(FORM + "ics", error("calendarEditor.error.ics"));
            return;
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        Feedback.attempt(() -> {
            try {
                return calendars.holidaysInFile(ics, from);
            } catch (InvalidInputException e) {
                faces.addMessage(FORM + "ics", error("calendarEditor.error.ics"));
                return null;
            }
        }, "calendar.stale").ifPresent(holidays -> {
            int added = plan.addHolidays(holidays);
            String text = Feedback.text("calendarEditor.ics.added", added, holidays.size(), from.toString());
            faces.addMessage(FORM + "ics", new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        });
    }

    /**
     * Saves: a new calendar, a copy with the source's whole history, or a new version from the
     * effective date; then shows the calendar. Wrong rows and refused fields keep the editor open.
     */
    public String save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean valid = true;
        if (!present(name)) {
            faces.addMessage(FORM + "name", error("calendarEditor.error.nameRequired"));
            valid = false;
        }
        if (mode == Mode.COPY) {
            return valid ? Feedback.changeAndRedirect(() -> refusedFieldsShown(() -> calendars.copy(calendarId, name)),
                    c -> Feedback.text("calendarEditor.copied", c.name()), "calendar.stale", this::calendarPage) : null;
        }
        if (mode == Mode.NEW && !validZone()) {
            faces.addMessage(FORM + "zone", error("calendarEditor.error.zone"));
            valid = false;
        }
        if (mode == Mode.EDIT && effectiveFrom == null) {
            faces.addMessage(FORM + "effectiveFrom", error("calendarEditor.error.effectiveFromRequired"));
            valid = false;
        }
        Optional<List<WeeklyInterval>> weekly = grid.intervals();
        if (weekly.isEmpty()) {
            faces.addMessage(FORM + "week", error("calendarEditor.error.week"));
            valid = false;
        }
        if (!valid) {
            faces.validationFailed();
            return null;
        }
        CalendarDefinition rules = new CalendarDefinition(weekly.get(), plan.holidays(), plan.overrides());
        CalendarChange change = new CalendarChange(name, timeZone, description, rules,
                mode == Mode.EDIT ? effectiveFrom : null);
        if (mode == Mode.NEW) {
            return Feedback.changeAndRedirect(() -> refusedFieldsShown(() -> calendars.create(change)),
                    c -> Feedback.text("calendarEditor.created", c.name()), "calendar.stale", this::calendarPage);
        }
        return Feedback.changeAndRedirect(() -> refusedFieldsShown(() -> calendars.revise(calendarId, expectedVersion, change)),
                c -> Feedback.text("calendarEditor.revised", c.name(), effectiveFrom.toString()), "calendar.stale",
                this::calendarPage);
    }

    private boolean validZone() {
        try {
            TimeZones.region("timeZone", timeZone);
            return true;
        } catch (InvalidFieldException e) {
            return false;
        }
    }

    private String calendarPage(CalendarDetails saved) {
        return "/app/calendar?faces-redirect=true&id=" + saved.id();
    }

    /** Runs a change; the fields it refuses are marked on the page (and the change answers null). */
    private CalendarDetails refusedFieldsShown(java.util.function.Supplier<CalendarDetails> change) {
        try {
            return change.get();
        } catch (InvalidInputException refused) {
            FacesContext faces = FacesContext.getCurrentInstance();
            refused.errors().forEach(field -> {
                FieldError shown = FieldError.of(field.field());
                faces.addMessage(shown.clientId(), error(shown.key(), todayInZone()));
            });
            faces.validationFailed();
            return null;
        }
    }

    private String todayInZone() {
        return validZone() ? LocalDate.now(ZoneId.of(timeZone.strip())).toString() : "";
    }

    private static FacesMessage error(String key, Object... arguments) {
        String text = Feedback.text(key, arguments);
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
    }

    /** Years offered by the year view: from five years back to ten ahead of the one shown first. */
    public List<Integer> getYears() {
        int now = LocalDate.now(ZoneId.of(validZone() ? timeZone.strip() : "UTC")).getYear();
        int from = Math.min(now - 5, year);
        int to = Math.max(now + 10, year);
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    public List<YearPlan.MonthGrid> getMonths() {
        return plan.months(year, FacesContext.getCurrentInstance().getViewRoot().getLocale(), grid.workingDays());
    }

    public List<YearPlan.Entry> getEntries() {
        return plan.entriesIn(year);
    }

    public List<YearPlan.Kind> getKinds() {
        return List.of(YearPlan.Kind.values());
    }

    public List<WeekGrid.Day> getDays() {
        return grid.getDays();
    }

    public Mode getMode() {
        return mode;
    }

    public boolean isCopying() {
        return mode == Mode.COPY;
    }

    public boolean isEditing() {
        return mode == Mode.EDIT;
    }

    public boolean isCreating() {
        return mode == Mode.NEW;
    }

    public long getCalendarId() {
        return calendarId;
    }

    public String getSourceName() {
        return sourceName;
    }

    public int getBaseVersion() {
        return baseVersion;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCopy() {
        return copy;
    }

    public void setCopy(String copy) {
        this.copy = copy;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getDayDate() {
        return dayDate == null ? "" : dayDate.toString();
    }

    public YearPlan.Kind getDayKind() {
        return dayKind;
    }

    public void setDayKind(YearPlan.Kind dayKind) {
        this.dayKind = dayKind;
    }

    public String getDayName() {
        return dayName;
    }

    public void setDayName(String dayName) {
        this.dayName = dayName;
    }

    public List<IntervalRow> getDayHours() {
        return dayHours;
    }
}
