package org.servicelevel.application.ticket;

import java.util.List;
import org.servicelevel.domain.clock.StatusCategory;

/**
 * The configurable status model of tickets: the statuses with their categories and the allowed moves.
 * Everyone reads it; administrators replace it as a whole. A status tickets have been in cannot be
 * removed.
 */
public interface TicketStatusService {

    record StatusDefinition(String code, String name, StatusCategory category, int position, boolean initial) {
    }

    record TransitionDefinition(String from, String to, String name, boolean customerAllowed) {
    }

    /** The model and a tag that changes whenever it does (for If-Match). */
    record Model(List<StatusDefinition> statuses, List<TransitionDefinition> transitions, String tag) {
    }

    Model model();

    Model replace(String expectedTag, List<StatusDefinition> statuses, List<TransitionDefinition> transitions);
}
