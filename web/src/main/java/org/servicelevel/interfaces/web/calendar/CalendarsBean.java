package org.servicelevel.interfaces.web.calendar;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.servicelevel.application.calendar.CalendarService;
import org.servicelevel.domain.model.identity.Role;

/** The list of calendars. */
@Named
@RequestScoped
public class CalendarsBean {

    @Inject
    private CalendarService calendars;

    @Inject
    private FacesContext faces;

    private List<CalendarRows.CalendarRow> rows;

    /** Whether the viewer may create, copy and edit calendars (managers and administrators). */
    public boolean isEditor() {
        return mayEdit(faces);
    }

    static boolean mayEdit(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        return external.isUserInRole(Role.Names.MANAGER) || external.isUserInRole(Role.Names.ADMIN);
    }

    public List<CalendarRows.CalendarRow> getRows() {
        if (rows == null) {
            rows = calendars.list().stream()
                    .map(c -> CalendarRows.row(c, faces.getViewRoot().getLocale())).toList();
        }
        return rows;
    }
}
