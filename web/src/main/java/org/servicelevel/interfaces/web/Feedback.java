package org.servicelevel.interfaces.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Supplier;
import org.servicelevel.domain.DomainException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.StaleVersionException;

/**
 * How screens run a use case and tell the person what came of it: the service's refusals (invalid
 * fields, a record changed meanwhile, a state that does not allow it, a role that does not) become
 * messages on the page, in the page's language where the product words them (the services' sentences
 * through the catalogue of {@link Refusals}); nothing else is caught.
 * The same kinds the API answers with problem documents.
 */
public final class Feedback {

    private Feedback() {
    }

    /**
     * The action's result, or empty when the service refused it; the refusal is shown as messages.
     * {@code staleKey} is the bundle key that explains a concurrent change of this kind of record.
     */
    public static <T> Optional<T> attempt(Supplier<T> action, String staleKey) {
        try {
            return Optional.ofNullable(action.get());
        } catch (DomainException e) {
            refuse(e, staleKey);
        } catch (EJBAccessException e) {
            error(text("error.notAllowed"));
        } catch (EJBException e) {
            refuse(wrapped(e).orElseThrow(() -> e), staleKey);
        }
        return Optional.empty();
    }

    private static void refuse(DomainException refusal, String staleKey) {
        if (refusal instanceof StaleVersionException) {
            error(text(staleKey));
        } else if (refusal instanceof InvalidInputException invalid) {
            invalid.errors().forEach(field -> error(inPageLanguage(field.getMessage())));
        } else {
            error(inPageLanguage(refusal.getMessage()));
        }
    }

    /** A service's refusal, worded in English, as the page's language words it where the catalogue knows it. */
    public static String inPageLanguage(String refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot() == null ? faces.getApplication().getDefaultLocale()
                : faces.getViewRoot().getLocale();
        return Refusals.catalogue().in(refusal, locale);
    }

    /**
     * The refusal inside a system exception: a bean of a module that does not declare the domain's
     * exceptions as application exceptions (the batch module's job starter) passes them on wrapped, as
     * the API's mappers also unwrap them.
     */
    private static Optional<DomainException> wrapped(EJBException e) {
        Throwable cause = e.getCause();
        while (cause instanceof EJBException && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause instanceof DomainException refusal ? Optional.of(refusal) : Optional.empty();
    }

    /**
     * Runs a change and, when it succeeds, redirects to {@code outcome} with the message {@code done}
     * kept for the next page (so reloading does not repeat the change); when it is refused, stays on
     * the page with the reasons.
     */
    public static <T> String changeAndRedirect(Supplier<T> action, Function<T, String> done, String staleKey,
                                               Function<T, String> outcome) {
        return attempt(action, staleKey).map(result -> {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            info(done.apply(result));
            return outcome.apply(result);
        }).orElse(null);
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** The page's bundle ({@code msg}) in the viewer's language. */
    public static ResourceBundle texts() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    public static String text(String key, Object... arguments) {
        return arguments.length == 0 ? texts().getString(key) : format(texts(), key, arguments);
    }

    /**
     * A text of {@code texts} filled in with ICU's message syntax, so that a count takes the plural form
     * its language's rules ask for ({@code {0, plural, one {# секунду} few {# секунды} many {# секунд}
     * other {# секунды}}}), which {@code java.text.MessageFormat} cannot express for Russian or Polish.
     */
    public static String format(ResourceBundle texts, String key, Object... arguments) {
        Locale locale = texts.getLocale() == null || texts.getLocale().getLanguage().isEmpty()
                ? Locale.ENGLISH : texts.getLocale();
        return new com.ibm.icu.text.MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
