package org.servicelevel.domain.model.report;

import java.util.List;

/**
 * What a month's figures were computed with, as the caller that ran the close knows it: the numbers
 * of the agreement versions in force during the month and the calendar versions the services
 * counted on (e.g. {@code "Moscow office v3"}). Either list may be empty when the caller does not
 * say; the figures themselves do not depend on it.
 */
public record Provenance(List<Integer> agreementVersions, List<String> calendarVersions) {

    /** Nothing said about the versions. */
    public static final Provenance NONE = new Provenance(List.of(), List.of());

    public Provenance {
        agreementVersions = List.copyOf(agreementVersions == null ? List.of() : agreementVersions);
        calendarVersions = List.copyOf(calendarVersions == null ? List.of() : calendarVersions);
    }
}
