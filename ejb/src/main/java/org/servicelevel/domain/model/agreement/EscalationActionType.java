package org.servicelevel.domain.model.agreement;

/** What an escalation step does to or about a ticket. */
public enum EscalationActionType {
    /** E-mails the named recipients; webhook subscribers receive the step's event as well. */
    NOTIFY,
    /** Assigns the ticket to a support group of the next support line. */
    MOVE_TO_NEXT_LINE,
    /** Assigns the ticket to a named support group. */
    MOVE_TO_GROUP,
    /** Raises the priority by one (to the next more urgent priority), with the reason "escalation". */
    RAISE_PRIORITY,
    /** Adds an internal comment. */
    COMMENT,
    /** Adds a tag. */
    TAG;

    /**
     * Whether the action changes what the ticket's clocks count (its support line, group or priority,
     * or a comment in its history), so that its clocks must be computed again after it.
     */
    public boolean movesClocks() {
        return this == MOVE_TO_NEXT_LINE || this == MOVE_TO_GROUP || this == RAISE_PRIORITY || this == COMMENT;
    }
}
