package org.servicelevel.infrastructure.scheduling;

import java.io.Serializable;
import java.time.Instant;

/** What a persistent timer carries: the deadline it stands for. Stored by the timer service. */
record DeadlineTimerInfo(String kind, String reference, Instant due) implements Serializable {
}
