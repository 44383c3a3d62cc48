package org.servicelevel.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.servicelevel.domain.model.calendar.BusinessCalendar;
import org.servicelevel.domain.model.calendar.BusinessCalendarRepository;

@ApplicationScoped
public class JpaBusinessCalendarRepository implements BusinessCalendarRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<BusinessCalendar> findById(long id) {
        return Optional.ofNullable(em.find(BusinessCalendar.class, id));
    }

    @Override
    public Optional<BusinessCalendar> findByName(String name) {
        return em.createNamedQuery("BusinessCalendar.findByName", BusinessCalendar.class)
                .setParameter("name", name == null ? null : name.strip())
                .getResultStream().findFirst();
    }

    @Override
    public List<BusinessCalendar> findAll() {
        return em.createNamedQuery("BusinessCalendar.findAll", BusinessCalendar.class).getResultList();
    }

    @Override
    public BusinessCalendar store(BusinessCalendar calendar) {
        if (calendar.id() == null) {
            em.persist(calendar);
            em.flush();
            return calendar;
        }
        BusinessCalendar merged = em.merge(calendar);
        em.flush();
        return merged;
    }

    @Override
    public void remove(BusinessCalendar calendar) {
        em.remove(calendar);
    }
}
