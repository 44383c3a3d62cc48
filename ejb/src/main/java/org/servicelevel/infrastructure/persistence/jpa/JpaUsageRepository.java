package org.servicelevel.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.servicelevel.domain.model.agreement.VolumePeriod;
import org.servicelevel.domain.model.agreement.VolumeUnit;
import org.servicelevel.domain.model.usage.UsageCounter;
import org.servicelevel.domain.model.usage.UsageRecord;
import org.servicelevel.domain.model.usage.UsageRepository;
import org.servicelevel.domain.model.usage.WorkRecord;

@ApplicationScoped
public class JpaUsageRepository implements UsageRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<UsageCounter> lockCounter(long agreementId, String serviceCode, VolumeUnit unit,
                                              VolumePeriod period, LocalDate periodStart) {
        return em.createNamedQuery("UsageCounter.find", UsageCounter.class)
                .setParameter("agreement", agreementId).setParameter("service", serviceCode)
                .setParameter("unit", unit).setParameter("period", period).setParameter("start", periodStart)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public void open(UsageCounter counter) {
        em.persist(counter);
        em.flush();
    }

    @Override
    public List<UsageCounter> countersOverlapping(long agreementId, LocalDate from, LocalDate to) {
        return em.createNamedQuery("UsageCounter.findOverlapping", UsageCounter.class)
                .setParameter("agreement", agreementId).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    @Override
    public void store(UsageRecord record) {
        em.persist(record);
    }

    @Override
    public List<UsageRecord> recordsOfPeriods(long agreementId, LocalDate from, LocalDate to) {
        return em.createNamedQuery("UsageRecord.findOfPeriod", UsageRecord.class)
                .setParameter("agreement", agreementId).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    @Override
    public List<UsageRecord> recordsOnDays(long agreementId, LocalDate from, LocalDate to) {
        return em.createNamedQuery("UsageRecord.findOnDays", UsageRecord.class)
                .setParameter("agreement", agreementId).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    @Override
    public Optional<UsageRecord> findOfTicket(long ticketId) {
        return em.createNamedQuery("UsageRecord.findOfTicket", UsageRecord.class).setParameter("ticket", ticketId)
                .getResultStream().findFirst();
    }

    @Override
    public void store(WorkRecord record) {
        if (record.id() == null) {
            em.persist(record);
        }
        em.flush();
    }

    @Override
    public Optional<WorkRecord> findWork(long id) {
        return Optional.ofNullable(em.find(WorkRecord.class, id));
    }

    @Override
    public List<WorkRecord> workOfMonth(long agreementId, YearMonth month) {
        return em.createNamedQuery("WorkRecord.findOfMonth", WorkRecord.class).setParameter("agreement", agreementId)
                .setParameter("month", month.atDay(1)).getResultList();
    }

    @Override
    public Optional<WorkRecord> supportDay(long agreementId, String serviceCode, LocalDate day) {
        return em.createNamedQuery("WorkRecord.findOfServiceDay", WorkRecord.class)
                .setParameter("agreement", agreementId).setParameter("service", serviceCode).setParameter("day", day)
                .getResultStream().findFirst();
    }

    @Override
    public void remove(WorkRecord record) {
        em.remove(record);
    }
}
