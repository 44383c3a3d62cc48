package org.servicelevel.domain.model.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.domain.model.agreement.VolumePeriod;
import org.servicelevel.domain.model.agreement.VolumeUnit;

/**
 * Which volume a period counts against. A period's volume is the one of the version in force on the
 * period's first day (or on the agreement's first day, if it starts within the period): an amendment
 * that changes a volume counts from the next period on, so the volume never changes under a running
 * count. If that version gives the service no volume in the unit and period, the version in force on
 * the day of the period's first use sets it.
 */
public final class PeriodVolume {

    private PeriodVolume() {
    }

    /**
     * The volume of {@code service} in {@code unit} for the {@code period} that starts on
     * {@code start}, as counted by a use on {@code day}; {@code null}: none (unlimited).
     */
    public static BigDecimal of(Agreement agreement, String service, VolumeUnit unit, VolumePeriod period,
                                LocalDate start, LocalDate day) {
        for (LocalDate d = start; !d.isAfter(day); d = d.plusDays(1)) {
            Optional<AgreementTerms> terms = agreement.effectiveTermsOn(d);
            if (terms.isPresent()) {
                Optional<BigDecimal> first = terms.get().service(service)
                        .filter(s -> hasVolumeIn(s, unit) && periodOf(s) == period).map(ServiceTerms::volumeQuantity);
                if (first.isPresent()) {
                    return first.get();
                }
                break;
            }
        }
        return agreement.effectiveTermsOn(day).flatMap(t -> t.service(service))
                .filter(s -> hasVolumeIn(s, unit) && periodOf(s) == period).map(ServiceTerms::volumeQuantity).orElse(null);
    }

    /** Whether the service has a volume limit counted in {@code unit}. */
    public static boolean hasVolumeIn(ServiceTerms service, VolumeUnit unit) {
        return !service.unlimited() && service.volumeUnit() == unit;
    }

    /** The period of the service's volume; a month where it has none. */
    public static VolumePeriod periodOf(ServiceTerms service) {
        return service.unlimited() || service.volumePeriod() == null ? VolumePeriod.MONTH : service.volumePeriod();
    }
}
