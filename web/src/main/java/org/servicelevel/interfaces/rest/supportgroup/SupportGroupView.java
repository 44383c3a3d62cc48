package org.servicelevel.interfaces.rest.supportgroup;

import java.util.List;

/** A support group, with its lead's username ({@code null}: none) and its members' usernames, sorted. */
public record SupportGroupView(long id, String code, String name, String kind, Integer lineLevel, String description,
                               String lead, List<String> members, long version) {
}
