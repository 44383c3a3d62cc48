package org.servicelevel.interfaces.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Iterator;

/**
 * A form sent with a view state the server no longer knows (the session timed out, the server was
 * restarted, or the state is forged) sends the person back to the same page, freshly loaded, with a
 * message that the last action was not carried out, instead of an error page. Works for full and
 * partial (ajax) requests; a person whose session is gone signs in first and then lands on the page.
 */
public class ExpiredViewHandlerFactory extends ExceptionHandlerFactory {

    public ExpiredViewHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                Throwable failure = events.next().getContext().getException();
                ViewExpiredException expired = expired(failure);
                if (expired != null && faces != null && !faces.getResponseComplete()) {
                    events.remove();
                    sendBack(faces, expired.getViewId());
                }
            }
            getWrapped().handle();
        }

        private static ViewExpiredException expired(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof ViewExpiredException expired) {
                    return expired;
                }
                if (!(t instanceof FacesException) && !(t instanceof jakarta.el.ELException)) {
                    return null;
                }
            }
            return null;
        }

        /**
         * Redirects to the page the form was on: the {@code Referer} when it is that page of this
         * application (it keeps the page's parameters, such as the ticket's id), else the view itself.
         */
        private static void sendBack(FacesContext faces, String viewId) {
            ExternalContext external = faces.getExternalContext();
            external.getFlash().setKeepMessages(true);
            Feedback.error(Feedback.text("error.viewExpired"));
            String context = external.getRequestContextPath();
            String page = context + (viewId == null || !viewId.startsWith("/") ? "/app/index.xhtml" : viewId);
            String target = page;
            String referer = external.getRequestHeaderMap().get("Referer");
            if (referer != null) {
                try {
                    URI uri = URI.create(referer);
                    if (page.equals(uri.getRawPath())) {
                        target = uri.getRawQuery() == null ? page : page + "?" + uri.getRawQuery();
                    }
                } catch (IllegalArgumentException malformed) {
                    target = page;
                }
            }
            try {
                external.redirect(target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
