package org.servicelevel.interfaces.web.calendar;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.servicelevel.application.calendar.CalendarDetails;
import org.servicelevel.application.calendar.CalendarService;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.interfaces.web.Feedback;

/** One calendar: its rules in force, holidays, overrides, versions, and a due-date calculator. */
@Named
@ViewScoped
public class CalendarBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CalendarService calendars;

    private String id;
    private long calendarId;
    private transient CalendarDetails details;
    private LocalDateTime start;
    private Double hours;
    private String due;
    private String dueVersions;

    /** Loads the calendar named by the {@code id} view parameter; a missing or malformed one gives 404. */
    public void load() throws java.io.IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            calendarId = Long.parseLong(id == null ? "" : id.strip());
            details = calendars.find(calendarId);
        } catch (NotFoundException | NumberFormatException e) {
            details = null;
        }
        if (details == null) {
            faces.getExternalContext().responseSendError(404, "No such calendar");
            faces.responseComplete();
        } else if (start == null) {
            start = LocalDateTime.now(ZoneId.of(details.timeZone())).withSecond(0).withNano(0);
            hours = 4.0;
        }
    }

    /** Forgets the last answer before the inputs are checked, so a wrong input never leaves an old answer shown. */
    public void clearResult() {
        due = null;
        dueVersions = null;
    }

    public void computeDue() {
        FacesContext faces = FacesContext.getCurrentInstance();
        CalendarDetails calendar = details();
        clearResult();
        if (start == null || hours == null || hours < 0) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    faces.getApplication().getResourceBundle(faces, "msg").getString("calendar.calculator.invalid"), null));
            return;
        }
        ZoneId zone = ZoneId.of(calendar.timeZone());
        Instant from = start.atZone(zone).toInstant();
        Feedback.attempt(() -> calendars.due(calendar.id(), from, Duration.ofSeconds(Math.round(hours * 3600))),
                "calendar.stale").ifPresent(result -> {
                    due = result.instant().atZone(zone).format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL,
                            FormatStyle.MEDIUM).withLocale(faces.getViewRoot().getLocale()));
                    dueVersions = result.calendarVersions().toString();
                });
    }

    private CalendarDetails details() {
        if (details == null) {
            details = calendars.find(calendarId);
        }
        return details;
    }

    /** Whether the viewer may create, copy and edit calendars (managers and administrators). */
    public boolean isEditor() {
        return CalendarsBean.mayEdit(FacesContext.getCurrentInstance());
    }

    public String getName() {
        return details().name();
    }

    public String getTimeZone() {
        return details().timeZone();
    }

    public String getDescription() {
        return details().description();
    }

    public int getVersionInForce() {
        return details().inForce().number();
    }

    public String getEffectiveFrom() {
        return details().inForce().effectiveFrom().toString();
    }

    public List<CalendarRows.DayHours> getWeek() {
        return CalendarRows.week(details().inForce().rules(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<CalendarRows.DatedLine> getHolidays() {
        return CalendarRows.holidays(details().inForce().rules());
    }

    public List<CalendarRows.DatedLine> getOverrides() {
        return CalendarRows.overrides(details().inForce().rules());
    }

    public List<CalendarRows.VersionLine> getVersions() {
        return CalendarRows.versions(details());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public Double getHours() {
        return hours;
    }

    public void setHours(Double hours) {
        this.hours = hours;
    }

    public String getDue() {
        return due;
    }

    public String getDueVersions() {
        return dueVersions;
    }
}
