package org.servicelevel.interfaces.rest.supportgroup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.servicelevel.interfaces.rest.json.MultiLine;

/** A support group as sent by a client; {@code lineLevel} only for kind SUPPORT_LINE. */
public class SupportGroupRequest {

    @Size(max = 40, message = "A group code has at most 40 characters")
    public String code;

    @NotBlank(message = "Give the group's name")
    @Size(max = 200, message = "A group name has at most 200 characters")
    public String name;

    @NotBlank(message = "Give the kind: SUPPORT_LINE, FIELD_ENGINEERS or SUPPLIER")
    public String kind;

    public Integer lineLevel;

    @Size(max = 1000, message = "A description has at most 1000 characters")
    @MultiLine
    public String description;
}
