package org.servicelevel.interfaces.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.model.identity.Role;

/** Who is reading a screen, as far as the screen adapts to it, and the answers a page gives them. */
public final class Viewer {

    private Viewer() {
    }

    /** Whether the viewer changes the directory of customers, groups and rules: managers and administrators. */
    public static boolean isManager() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Role.Names.MANAGER) || external.isUserInRole(Role.Names.ADMIN);
    }

    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** Answers the request with an HTTP error (403 for a role that may not, 404 for a record there is not). */
    public static void refuse(int status, String reason) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(status, reason);
        faces.responseComplete();
    }

    /**
     * Opens the record form of a page: without an {@code id} parameter an empty form for a new record,
     * which only managers and administrators get (403 for others); with one, the record {@code find}
     * reads, handed to {@code show} (404 when there is none or the id is malformed). Answers the
     * record's id, or -1 for a new one.
     */
    public static <T> long open(String id, LongFunction<T> find, Consumer<T> show) throws IOException {
        if (id == null || id.isBlank()) {
            if (!isManager()) {
                refuse(403, "Only managers and administrators create records here");
            }
            return -1;
        }
        try {
            long recordId = Long.parseLong(id.strip());
            show.accept(find.apply(recordId));
            return recordId;
        } catch (NumberFormatException | NotFoundException e) {
            refuse(404, "No such record");
            return -1;
        }
    }
}
