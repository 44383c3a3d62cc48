package org.servicelevel.domain.model.selection;

/** How a ticket reached the service desk. */
public enum Channel {
    PORTAL, EMAIL, PHONE, API, MONITORING
}
