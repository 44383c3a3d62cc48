package org.servicelevel.interfaces.rest.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The name of the copy. */
public class CopyCalendarRequest {

    @NotBlank(message = "Give the copy a name")
    @Size(max = 120, message = "A calendar name has at most 120 characters")
    public String name;
}
