package org.servicelevel.application.supportgroup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A new support group or a change to one; {@code kind} is SUPPORT_LINE, FIELD_ENGINEERS or SUPPLIER.
 * {@code lead} (none when {@code null}) and {@code members} (none when {@code null}) are usernames of
 * staff accounts and replace the group's people; a member may be {@code null} as sent, which is
 * refused naming its place.
 */
public record SupportGroupChange(String code, String name, String kind, Integer lineLevel, String description,
                                 String lead, List<String> members) {

    public SupportGroupChange {
        members = members == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(members));
    }
}
