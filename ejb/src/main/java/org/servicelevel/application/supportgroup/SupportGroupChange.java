package org.servicelevel.application.supportgroup;

/** A new support group or a change to one; {@code kind} is SUPPORT_LINE, FIELD_ENGINEERS or SUPPLIER. */
public record SupportGroupChange(String code, String name, String kind, Integer lineLevel, String description) {
}
