package org.servicelevel.domain.model.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox of notifications. */
public interface NotificationRepository {

    void store(Notification notification);

    /** The notification, locked against delivery by anyone else until this transaction ends. */
    Optional<Notification> findForDelivery(long id);

    /** Ids of unsent notifications whose next try is due, oldest first. */
    List<Long> findDue(Instant now, int max);

    List<Notification> findRecent(int max);

    List<Notification> findByReference(String kind, String reference);
}
