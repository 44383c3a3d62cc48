package org.servicelevel.application.agreement.internal;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.servicelevel.application.agreement.ReviewReminderService;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementRepository;
import org.servicelevel.domain.model.agreement.AgreementStatus;
import org.servicelevel.domain.model.identity.Role;

@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SYSTEM})
@DeclareRoles({Role.Names.CUSTOMER, Role.Names.SYSTEM})
public class ReviewReminderServiceBean implements ReviewReminderService {

    @Inject
    private AgreementRepository agreements;

    @Inject
    private ReviewReminder reminder;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int remindDueReviews() {
        Instant now = clock.instant();
        int leadDays = ConfigProvider.getConfig()
                .getOptionalValue("servicelevel.agreements.review-reminder-days", Integer.class).orElse(30);
        LocalDate latest = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(leadDays + 1L);
        List<Long> due = agreements.findReviewDueBy(latest).stream()
                .filter(a -> a.status() == AgreementStatus.ACTIVE).map(Agreement::id).toList();
        int queued = 0;
        for (long id : due) {
            try {
                if (reminder.remind(id, now, leadDays)) {
                    queued++;
                }
            } catch (EJBException e) {
                log.warning(() -> "Review reminder of agreement " + id + " failed and is tried again at the next run: "
                        + e.getMessage());
            }
        }
        int count = queued;
        log.info(() -> "Review reminders: " + count + " queued");
        return queued;
    }
}
