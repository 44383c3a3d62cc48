package org.servicelevel.application.supportgroup;

import java.util.List;

/**
 * A support group as read, with its concurrency version: its lead's username ({@code null}: none)
 * and its members' usernames, sorted.
 */
public record SupportGroupDetails(long id, long version, String code, String name, String kind, Integer lineLevel,
                                  String description, String lead, List<String> members) {

    public SupportGroupDetails {
        members = List.copyOf(members);
    }
}
