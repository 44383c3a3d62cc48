package org.servicelevel.interfaces.web.agreement;

import java.util.List;
import java.util.ResourceBundle;
import org.servicelevel.application.usage.UsageService;

/**
 * One service's usage of one unit in the period shown, as the agreement page shows it: what was used
 * of the volume, the share, and the tickets billed as extras. Faces EL reads getters, so it has them.
 */
public record UsageLine(String service, String name, String unit, String period, String used, String volume,
                        String share, String extra, String extraTickets) {

    static List<UsageLine> of(UsageService.MonthUsage usage, ResourceBundle texts) {
        return usage.services().stream().map(s -> new UsageLine(s.service(), s.serviceName(),
                texts.getString("agreement.volume.unit." + s.unit().name()),
                AgreementRows.format(texts, "agreement.usage.periodRange", AgreementRows.date(s.periodStart()),
                        AgreementRows.date(s.periodEnd())),
                AgreementRows.number(s.used()),
                s.volume() == null ? texts.getString("agreement.volume.unlimited") : AgreementRows.number(s.volume()),
                s.share() == null ? AgreementRows.NOTHING : s.share().toPlainString() + " %",
                AgreementRows.number(s.extra()),
                s.extraTickets().isEmpty() ? AgreementRows.NOTHING : String.join(", ", s.extraTickets()))).toList();
    }

    public String getService() {
        return service;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public String getPeriod() {
        return period;
    }

    public String getUsed() {
        return used;
    }

    public String getVolume() {
        return volume;
    }

    public String getShare() {
        return share;
    }

    public String getExtra() {
        return extra;
    }

    public String getExtraTickets() {
        return extraTickets;
    }
}
