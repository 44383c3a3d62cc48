package org.servicelevel.domain.clock;

/**
 * Where an SLA clock stands.
 * <ul>
 *   <li>{@link #NOT_STARTED}: the clock has not begun (a time-in-status limit for a status the ticket
 *       has not been in);</li>
 *   <li>{@link #RUNNING}: counting working time, target not yet reached;</li>
 *   <li>{@link #PAUSED}: stopped while the ticket waits on the customer or a third party;</li>
 *   <li>{@link #MET}: stopped within its target;</li>
 *   <li>{@link #BREACHED}: its target was reached before it stopped (it may still run or be paused);</li>
 *   <li>{@link #CANCELLED}: the ticket was cancelled before the clock stopped;</li>
 *   <li>{@link #STOPPED}: monitoring ended (the agreement was terminated) before the clock stopped.</li>
 * </ul>
 */
public enum ClockState {
    NOT_STARTED, RUNNING, PAUSED, MET, BREACHED, CANCELLED, STOPPED
}
