package org.servicelevel.interfaces.rest.supportgroup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.servicelevel.interfaces.rest.json.MultiLine;

/**
 * A support group as sent by a client; {@code lineLevel} only for kind SUPPORT_LINE. {@code lead} and
 * {@code members} are usernames of staff and replace the group's people: leaving them out leaves the
 * group without a lead or members.
 */
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

    @Size(max = 100, message = "A username has at most 100 characters")
    public String lead;

    @Size(max = 500, message = "A support group has at most 500 members")
    public List<String> members;
}
