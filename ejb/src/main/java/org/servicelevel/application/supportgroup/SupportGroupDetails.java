package org.servicelevel.application.supportgroup;

/** A support group as read, with its concurrency version. */
public record SupportGroupDetails(long id, long version, String code, String name, String kind, Integer lineLevel,
                                  String description) {
}
