package org.servicelevel.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.StaleVersionException;

/**
 * Runs a form's change like {@link Feedback#attempt}, but shows each refused field beside its input
 * (marked invalid, in the reader's language, as {@link FieldPlaces} says) and tells the form when
 * the record was changed by someone else meanwhile, so it can show the other version next to the
 * reader's own entries, which stay in the form.
 */
public final class FieldFeedback {

    private FieldFeedback() {
    }

    public static <T> Optional<T> attempt(Supplier<T> action, String staleKey, FieldPlaces places, Runnable onStale) {
        return Feedback.attempt(guarded(action, places, onStale), staleKey);
    }

    /** As {@link Feedback#changeAndRedirect}, with refused fields shown beside their inputs. */
    public static <T> String changeAndRedirect(Supplier<T> action, Function<T, String> done, String staleKey,
                                               FieldPlaces places, Runnable onStale, Function<T, String> outcome) {
        return Feedback.changeAndRedirect(guarded(action, places, onStale), done, staleKey, outcome);
    }

    /** The action, showing its refused fields in place (and then answering nothing) and reporting a stale edit. */
    private static <T> Supplier<T> guarded(Supplier<T> action, FieldPlaces places, Runnable onStale) {
        return () -> {
            try {
                return action.get();
            } catch (InvalidInputException refused) {
                refused.errors().forEach(error -> places.place(error).ifPresentOrElse(FieldFeedback::show,
                        () -> Feedback.error(Feedback.inPageLanguage(error.getMessage()))));
                return null;
            } catch (StaleVersionException stale) {
                onStale.run();
                throw stale;
            }
        };
    }

    private static void show(FieldPlaces.Placement placement) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent input = faces.getViewRoot().findComponent(placement.clientId());
        if (input instanceof UIInput field) {
            field.setValid(false);
        }
        faces.validationFailed();
        faces.addMessage(placement.clientId(),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, placement.text(), placement.text()));
    }
}
