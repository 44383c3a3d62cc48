package org.servicelevel.domain.model.supportgroup;

/** What a support group is: a numbered support line, the field engineers, or an outside supplier. */
public enum SupportGroupKind {
    SUPPORT_LINE, FIELD_ENGINEERS, SUPPLIER
}
