package org.servicelevel.interfaces.web.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FieldErrorTest {

    @Test
    void theServicesFieldPathsLandNextToTheirInputs() {
        assertEquals(new FieldError("editor:name", "calendarEditor.error.nameTaken"), FieldError.of("name"));
        assertEquals(new FieldError("editor:zone", "calendarEditor.error.zone"), FieldError.of("timeZone"));
        assertEquals(new FieldError("editor:effectiveFrom", "calendarEditor.error.effectiveFrom"),
                FieldError.of("effectiveFrom"));
        assertEquals("editor:week", FieldError.of("weeklyHours[3].to").clientId());
        assertEquals("editor:year", FieldError.of("holidays[0].name").clientId());
        assertEquals("editor:year", FieldError.of("overrides").clientId());
        assertEquals("editor:ics", FieldError.of("ics").clientId());
        assertNull(FieldError.of("body").clientId(), "anything else is a message of the page");
        assertEquals("calendarEditor.error.other", FieldError.of(null).key());
    }
}
