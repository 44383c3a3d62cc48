package org.servicelevel.domain.model.ticket;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.clock.StatusCategory;

/**
 * The statuses tickets can be in and the moves between them. Guards that codes are unique, that
 * exactly one status is initial and new, and that every transition joins two known statuses.
 */
public final class StatusModel {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");

    private final Map<String, TicketStatus> statuses = new LinkedHashMap<>();
    private final List<StatusTransition> transitions;

    public StatusModel(List<TicketStatus> statuses, List<StatusTransition> transitions) {
        List<InvalidFieldException> errors = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            TicketStatus s = statuses.get(i);
            String path = "statuses[" + i + "]";
            if (s.code() == null || !CODE.matcher(s.code()).matches()) {
                errors.add(new InvalidFieldException(path + ".code", "A status code has capital letters, digits and"
                        + " '_', e.g. WAITING_FOR_PARTS"));
            } else if (this.statuses.putIfAbsent(s.code(), s) != null) {
                errors.add(new InvalidFieldException(path + ".code", s.code() + " is listed twice"));
            }
            if (s.name() == null || s.name().isBlank() || s.name().length() > 100) {
                errors.add(new InvalidFieldException(path + ".name", "A status needs a name of at most 100 characters"));
            }
            if (s.category() == null) {
                errors.add(new InvalidFieldException(path + ".category", "Give the category: "
                        + List.of(StatusCategory.values())));
            }
        }
        List<TicketStatus> initial = statuses.stream().filter(TicketStatus::initial).toList();
        if (initial.size() != 1 || initial.get(0).category() != StatusCategory.NEW) {
            errors.add(new InvalidFieldException("statuses", "Exactly one status is the initial one, and its"
                    + " category is NEW"));
        }
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < transitions.size(); i++) {
            StatusTransition t = transitions.get(i);
            String path = "transitions[" + i + "]";
            if (!this.statuses.containsKey(t.from())) {
                errors.add(new InvalidFieldException(path + ".from", "There is no status " + t.from()));
            }
            if (!this.statuses.containsKey(t.to())) {
                errors.add(new InvalidFieldException(path + ".to", "There is no status " + t.to()));
            }
            if (t.from() != null && t.from().equals(t.to())) {
                errors.add(new InvalidFieldException(path + ".to", "A transition leads to another status"));
            }
            if (!pairs.add(t.from() + ">" + t.to())) {
                errors.add(new InvalidFieldException(path, "The move from " + t.from() + " to " + t.to()
                        + " is listed twice"));
            }
            if (t.name() == null || t.name().isBlank() || t.name().length() > 100) {
                errors.add(new InvalidFieldException(path + ".name", "A transition needs a name of at most 100"
                        + " characters, e.g. Resolve"));
            }
        }
        InvalidInputException.throwIfAny(errors);
        this.transitions = List.copyOf(transitions);
    }

    public List<TicketStatus> statuses() {
        return List.copyOf(statuses.values());
    }

    public List<StatusTransition> transitions() {
        return transitions;
    }

    public TicketStatus initial() {
        return statuses.values().stream().filter(TicketStatus::initial).findFirst().orElseThrow();
    }

    public Optional<TicketStatus> status(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(statuses.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** The moves possible from a status ({@code byCustomer}: only those customer users may make). */
    public List<StatusTransition> from(String status, boolean byCustomer) {
        return transitions.stream().filter(t -> t.from().equals(status) && (!byCustomer || t.customerAllowed()))
                .toList();
    }

    /** The move from one status to another, if allowed. */
    public Optional<StatusTransition> transition(String from, String to) {
        return transitions.stream().filter(t -> t.from().equals(from) && t.to().equals(to)).findFirst();
    }
}
