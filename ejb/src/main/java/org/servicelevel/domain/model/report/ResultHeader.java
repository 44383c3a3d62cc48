package org.servicelevel.domain.model.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Which month's result a document is: its number ({@code R-2026-11-SLA-ACME-1}) and sequence within
 * the agreement's month, the approved result it corrects (for a correction), the agreement with its
 * title and customer, the month, when it was computed and with which versions.
 *
 * @param corrects     the number of the approved result a correction corrects, else {@code null}
 * @param customerCode the SLA's customer organisation, {@code null} for OLAs and underpinning contracts
 */
public record ResultHeader(String number, int sequence, String corrects, String agreementNumber, String agreementTitle,
                           String customerCode, String customerName, YearMonth month, Instant computedAt,
                           Provenance provenance) {

    public ResultHeader {
        Objects.requireNonNull(number, "number");
        if (sequence < 1) {
            throw new IllegalArgumentException("results of a month are numbered from 1, not " + sequence);
        }
        if (sequence == 1 && corrects != null) {
            throw new IllegalArgumentException("the first result of a month corrects nothing");
        }
        Objects.requireNonNull(agreementNumber, "agreementNumber");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(computedAt, "computedAt");
        provenance = provenance == null ? Provenance.NONE : provenance;
    }

    /** Whether this is a correction of an approved result. */
    public boolean correction() {
        return corrects != null;
    }
}
