package org.servicelevel.application.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.agreement.AmendmentApproval;

/**
 * An agreement as a client sends it: the header (parties by code, the parent by number) and the
 * terms. {@code serviceCalendars} names the calendar of each service in {@code terms.services()}, by
 * id or by name, in the same order; the terms' own calendar ids are ignored. For an agreement in
 * force, {@code effectiveFrom} is the first day the terms apply and {@code changeNote} says why.
 * Without {@code terms} an update changes only the header (and a new agreement starts with empty terms).
 * {@code amendmentApproval} says who approves amendments ({@code null}: as before).
 */
public record AgreementChange(String number, AgreementType type, String title, String customer, String providerGroup,
                              String consumerGroup, String parent, String timeZone, LocalDate validFrom,
                              LocalDate validTo, LocalDate reviewDate, String owner, AgreementTerms terms,
                              List<String> serviceCalendars, LocalDate effectiveFrom, String changeNote,
                              AmendmentApproval amendmentApproval) {

    public AgreementChange {
        serviceCalendars = serviceCalendars == null ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(serviceCalendars));
    }

    /** A change that leaves the approval of amendments as it is (by the provider, for a new agreement). */
    public AgreementChange(String number, AgreementType type, String title, String customer, String providerGroup,
                           String consumerGroup, String parent, String timeZone, LocalDate validFrom, LocalDate validTo,
                           LocalDate reviewDate, String owner, AgreementTerms terms, List<String> serviceCalendars,
                           LocalDate effectiveFrom, String changeNote) {
        this(number, type, title, customer, providerGroup, consumerGroup, parent, timeZone, validFrom, validTo,
                reviewDate, owner, terms, serviceCalendars, effectiveFrom, changeNote, null);
    }
}
