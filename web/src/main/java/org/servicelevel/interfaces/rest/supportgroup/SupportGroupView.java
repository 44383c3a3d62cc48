package org.servicelevel.interfaces.rest.supportgroup;

/** A support group. */
public record SupportGroupView(long id, String code, String name, String kind, Integer lineLevel, String description,
                               long version) {
}
