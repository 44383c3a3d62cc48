package org.servicelevel.application;

import java.time.Instant;

/**
 * Durable one-shot deadlines: "at this instant, tell whoever handles {@code kind} about
 * {@code reference}". Deadlines survive restarts and fire on one cluster member only; when one is
 * reached, a {@link DeadlineReached} CDI event is fired inside the firing transaction, so a handler
 * that fails makes the deadline fire again rather than be lost, and a durable firing record makes
 * sure a deadline that was handled is never handled a second time.
 */
public interface DeadlineScheduler {

    void schedule(String kind, String reference, Instant at);

    /** Cancels every pending deadline of that kind and reference; returns how many there were. */
    int cancel(String kind, String reference);

    /** The pending deadline instants of that kind and reference, earliest first. */
    java.util.List<Instant> pending(String kind, String reference);

    /** The deadlines of that kind and reference that have fired, earliest due first. */
    java.util.List<DeadlineReached> fired(String kind, String reference);
}
