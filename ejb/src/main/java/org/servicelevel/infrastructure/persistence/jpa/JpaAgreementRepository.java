package org.servicelevel.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementRepository;
import org.servicelevel.domain.model.agreement.ConsistencyReport;

@ApplicationScoped
public class JpaAgreementRepository implements AgreementRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Agreement> findById(long id) {
        return Optional.ofNullable(em.find(Agreement.class, id));
    }

    @Override
    public Optional<Agreement> findByNumber(String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("Agreement.findByNumber", Agreement.class)
                .setParameter("number", number.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    @Override
    public List<Agreement> findAll() {
        return em.createNamedQuery("Agreement.findAll", Agreement.class).getResultList();
    }

    @Override
    public List<Agreement> findByCustomer(long organisationId) {
        return em.createNamedQuery("Agreement.findByCustomer", Agreement.class)
                .setParameter("customerId", organisationId).getResultList();
    }

    @Override
    public List<Agreement> findChildren(Agreement parent) {
        return em.createNamedQuery("Agreement.findChildren", Agreement.class).setParameter("parent", parent)
                .getResultList();
    }

    @Override
    public List<Agreement> findUnderpinning(String slaNumber) {
        return em.createNamedQuery("Agreement.findUnderpinning", Agreement.class)
                .setParameter("slaNumber", slaNumber.toUpperCase(Locale.ROOT)).getResultList();
    }

    @Override
    public List<Agreement> findUsingCalendar(long calendarId) {
        return em.createNamedQuery("Agreement.findUsingCalendar", Agreement.class)
                .setParameter("calendarId", calendarId).getResultList();
    }

    @Override
    public List<Agreement> findReviewDueBy(LocalDate date) {
        return em.createNamedQuery("Agreement.findReviewDueBy", Agreement.class).setParameter("date", date)
                .getResultList();
    }

    @Override
    public Agreement store(Agreement agreement) {
        if (agreement.id() == null) {
            em.persist(agreement);
            em.flush();
            return agreement;
        }
        Agreement merged = em.merge(agreement);
        em.flush();
        return merged;
    }

    @Override
    public void remove(Agreement agreement) {
        findReports(agreement.id()).forEach(em::remove);
        em.remove(agreement);
    }

    @Override
    public Optional<ConsistencyReport> findReport(long agreementId) {
        return em.createNamedQuery("ConsistencyReport.findByAgreement", ConsistencyReport.class)
                .setParameter("agreementId", agreementId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<ConsistencyReport> findReports(long agreementId) {
        return em.createNamedQuery("ConsistencyReport.findByAgreement", ConsistencyReport.class)
                .setParameter("agreementId", agreementId).getResultList();
    }

    @Override
    public Map<Long, LocalDate> lastCheckedOn() {
        Map<Long, LocalDate> days = new HashMap<>();
        for (Object[] row : em.createNamedQuery("ConsistencyReport.findLatestCheckedOn", Object[].class)
                .getResultList()) {
            days.put((Long) row[0], (LocalDate) row[1]);
        }
        return days;
    }

    @Override
    public ConsistencyReport store(ConsistencyReport report) {
        if (report.id() == null) {
            em.persist(report);
            em.flush();
            return report;
        }
        ConsistencyReport merged = em.merge(report);
        em.flush();
        return merged;
    }
}
