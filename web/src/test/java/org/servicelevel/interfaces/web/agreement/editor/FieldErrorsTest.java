package org.servicelevel.interfaces.web.agreement.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;

class FieldErrorsTest {

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle("org.servicelevel.web.messages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void anErrorOfTheTermsIsShownAtItsRowInTheViewersLanguage() {
        FieldErrors errors = new FieldErrors(FieldErrors.TERMS_FIELDS);
        List<String> elsewhere = errors.take(List.of(new InvalidFieldException("terms.priorities[1].resolution",
                "A target is a working time above zero, e.g. PT4H")), bundle("ru"));
        assertEquals(List.of(), elsewhere);
        assertEquals(bundle("ru").getString("editor.invalid.priorities.resolution"), errors.of("priorities", 1, "resolution"));
        assertNull(errors.of("priorities", 0, "resolution"));
    }

    @Test
    void aPartsOwnErrorIsShownAtThePartAndOthersAboveTheForm() {
        FieldErrors errors = new FieldErrors(FieldErrors.TERMS_FIELDS);
        List<String> elsewhere = errors.take(List.of(
                new InvalidFieldException("terms.metrics", "The weights sum to 0.9; they must sum to 1"),
                new InvalidFieldException("terms.metrics[2]", "twice"),
                new InvalidFieldException("terms.escalations[0].steps[0].actions[0].group", "There is no group X")),
                bundle("en"));
        assertEquals(List.of("There is no group X"), elsewhere);
        assertEquals(bundle("en").getString("editor.invalid.metrics") + " "
                + bundle("en").getString("editor.invalid.metrics[]"), errors.part("metrics"));
    }

    @Test
    void clearingAPartForgetsOnlyItsErrors() {
        FieldErrors errors = new FieldErrors(FieldErrors.TERMS_FIELDS);
        errors.take(List.of(new InvalidFieldException("terms.penaltyBands[0].from", "gap"),
                new InvalidFieldException("terms.monthlyFee", "negative")), bundle("pl"));
        errors.clear("penaltyBands");
        assertNull(errors.of("penaltyBands", 0, "from"));
        assertEquals(bundle("pl").getString("editor.invalid.monthlyFee"), errors.get("monthlyFee"));
    }

    @Test
    void theKindOfAFieldDropsItsIndices() {
        assertEquals("priorities.resolution", FieldErrors.kind("priorities[1].resolution"));
        assertEquals("services.volume.quantity", FieldErrors.kind("services[0].volume.quantity"));
        assertEquals("metrics[]", FieldErrors.kind("metrics[3]"));
        assertEquals("priorities.resolution", FieldErrors.kind(FieldErrors.field("terms.priorities[12].resolution")));
    }
}
