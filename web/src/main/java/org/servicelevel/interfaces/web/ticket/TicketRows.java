package org.servicelevel.interfaces.web.ticket;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import org.servicelevel.application.ticket.TicketDetails;
import org.servicelevel.application.ticket.TicketEventDetails;
import org.servicelevel.domain.clock.ClockState;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.model.escalation.EscalationStanding;
import org.servicelevel.interfaces.web.agreement.AgreementRows;

/**
 * Tickets shaped for the screens: clocks in the reader's words ("due in 3 h 20 min", "overdue by
 * 1 d 2 h", "paused"), instants in the time zone of the ticket's calendar, statuses by their names.
 * Faces EL reads getters, not record accessors, so each line has getters.
 */
public final class TicketRows {

    static final String NOTHING = AgreementRows.NOTHING;

    /** The clock state shown for a ticket without an agreement, which has no clocks. */
    static final String NO_AGREEMENT = "NO_AGREEMENT";

    private TicketRows() {
    }

    /** One ticket in the list, with its resolution clock in words and as a service desk shows it. */
    public static final class TicketLine {
        private final long id;
        private final String number;
        private final String title;
        private final String customer;
        private final String service;
        private final String serviceName;
        private final String priority;
        private final String status;
        private final String statusCategory;
        private final String assignee;
        private final String clockState;
        private final String clockStateLabel;
        private final String clockWords;
        private final boolean breached;
        private final ClockView clock;

        TicketLine(TicketDetails t, ResourceBundle texts, int riskShare) {
            this.id = t.id();
            this.number = t.number();
            this.title = t.title();
            this.customer = party(t.customer(), t.customerName());
            this.service = t.service();
            this.serviceName = Objects.requireNonNullElse(t.serviceName(), t.service());
            this.priority = priority(t.priority(), t.priorityName());
            this.status = StatusTexts.status(t.status(), t.statusName(), texts);
            this.statusCategory = t.statusCategory().name();
            this.assignee = assignee(t.assignee(), t.supportGroup());
            Optional<SlaClock> resolution = resolution(t);
            this.clockState = t.withoutAgreement() ? NO_AGREEMENT : resolution.map(c -> c.state().name()).orElse("");
            this.clockStateLabel = t.withoutAgreement() ? texts.getString("tickets.noAgreement")
                    : resolution.map(c -> stateLabel(c.state(), texts)).orElse(NOTHING);
            this.clockWords = resolution.map(c -> words(c, t.clocksAsOf(), texts)).orElse("");
            this.breached = t.clocks().stream().anyMatch(c -> c.breachedAt() != null);
            this.clock = resolution.map(c -> ClockView.of(c, t.clocksAsOf(), riskShare, texts)).orElse(null);
        }

        /** The resolution clock as a service desk shows it; null without one. */
        public ClockView getClock() {
            return clock;
        }

        public long getId() {
            return id;
        }

        public String getNumber() {
            return number;
        }

        public String getTitle() {
            return title;
        }

        public String getCustomer() {
            return customer;
        }

        public String getService() {
            return service;
        }

        public String getServiceName() {
            return serviceName;
        }

        public String getPriority() {
            return priority;
        }

        public String getStatus() {
            return status;
        }

        public String getStatusCategory() {
            return statusCategory;
        }

        public String getAssignee() {
            return assignee;
        }

        public String getClockState() {
            return clockState;
        }

        public String getClockStateLabel() {
            return clockStateLabel;
        }

        public String getClockWords() {
            return clockWords;
        }

        /** Whether any of the ticket's clocks is breached. */
        public boolean isBreached() {
            return breached;
        }
    }

    /** One clock of a ticket: working times in hours and minutes, instants in the calendar's zone. */
    public record ClockLine(String metric, String state, String stateLabel, String words, String target,
                            String elapsed, String remaining, String due, String breachedAt, String paused,
                            String escalation, ClockView view) {
        /** The clock as a service desk shows it. */
        public ClockView getView() {
            return view;
        }

        public String getEscalation() {
            return escalation;
        }

        public String getMetric() {
            return metric;
        }

        public String getState() {
            return state;
        }

        public String getStateLabel() {
            return stateLabel;
        }

        public String getWords() {
            return words;
        }

        public String getTarget() {
            return target;
        }

        public String getElapsed() {
            return elapsed;
        }

        public String getRemaining() {
            return remaining;
        }

        public String getDue() {
            return due;
        }

        public String getBreachedAt() {
            return breachedAt;
        }

        public String getPaused() {
            return paused;
        }
    }

    /** One event of the history. */
    public record EventLine(int sequence, String at, String actor, String type, String typeLabel, String change,
                            String text, boolean internal) {
        public int getSequence() {
            return sequence;
        }

        public String getAt() {
            return at;
        }

        public String getActor() {
            return actor;
        }

        public String getType() {
            return type;
        }

        public String getTypeLabel() {
            return typeLabel;
        }

        public String getChange() {
            return change;
        }

        public String getText() {
            return text;
        }

        /** A comment the customer does not see. */
        public boolean isInternal() {
            return internal;
        }
    }

    /** A choice in a menu: the value sent and the label shown. */
    public record Option(String value, String label) {
        public String getValue() {
            return value;
        }

        public String getLabel() {
            return label;
        }
    }

    /**
     * A status move open to the caller now: the status it leads to, the move's name and the status's
     * name, and whether it cancels the ticket (the page asks before).
     */
    public record MoveLine(String to, String name, String toName, boolean cancels) {
        public boolean isCancels() {
            return cancels;
        }

        public String getTo() {
            return to;
        }

        public String getName() {
            return name;
        }

        public String getToName() {
            return toName;
        }
    }

    /** A priority of the ticket's agreement, for the menu that changes it. */
    public record PriorityOption(int number, String label) {
        public int getNumber() {
            return number;
        }

        public String getLabel() {
            return label;
        }
    }

    // ---- builders ----------------------------------------------------------------------------------

    static TicketLine line(TicketDetails details, ResourceBundle texts, int riskShare) {
        return new TicketLine(details, texts, riskShare);
    }

    /** Tickets as lines of a list; a clock is at risk from {@code riskShare} percent of its target. */
    public static List<TicketLine> lines(List<TicketDetails> tickets, ResourceBundle texts, int riskShare) {
        return tickets.stream().map(t -> line(t, texts, riskShare)).toList();
    }

    /** "ACME Ltd (ACME)": a customer's name and code. */
    public static String customerLabel(String code, String name) {
        return party(code, name);
    }

    static Optional<SlaClock> resolution(TicketDetails t) {
        return t.clocks().stream().filter(c -> c.metric().equals(SlaClock.RESOLUTION)).findFirst();
    }

    /**
     * The clocks of a ticket; {@code statusNames} names the statuses of time-in-status limits; a clock is
     * at risk from {@code riskShare} percent of its target.
     */
    static List<ClockLine> clocks(TicketDetails t, Map<String, String> statusNames, ResourceBundle texts,
                                  int riskShare) {
        ZoneId zone = zone(t);
        return t.clocks().stream().map(c -> new ClockLine(metric(c.metric(), statusNames, texts), c.state().name(),
                stateLabel(c.state(), texts), words(c, t.clocksAsOf(), texts), AgreementRows.inHours(c.target(), texts),
                AgreementRows.inHours(c.elapsed(), texts), AgreementRows.inHours(c.remaining(), texts),
                AgreementRows.instant(c.due(), zone), AgreementRows.instant(c.breachedAt(), zone),
                AgreementRows.inHours(c.pausedWorkingTime(), texts),
                escalation(t.escalation().get(c.metric()), zone, texts),
                ClockView.of(c, t.clocksAsOf(), riskShare, texts))).toList();
    }

    /** Where a clock stands in its escalation: its level and the next step with its instant. */
    static String escalation(EscalationStanding standing, ZoneId zone, ResourceBundle texts) {
        if (standing == null) {
            return "";
        }
        return standing.nextStep() == null ? AgreementRows.format(texts, "ticket.clock.escalationLevel", standing.level())
                : AgreementRows.format(texts, "ticket.clock.escalationNext", standing.level(), standing.nextStep(),
                standing.nextAt(), AgreementRows.instant(standing.nextDueAt(), zone));
    }

    /**
     * The history, oldest first. Status moves show the statuses' names; a customer's events and
     * comments kept from the customer are marked; what the system wrote reads in the page's language
     * ({@link HistoryTexts}).
     */
    static List<EventLine> history(List<TicketEventDetails> events, ZoneId zone, Map<String, String> statusNames,
                                   ResourceBundle texts) {
        return events.stream().map(e -> new EventLine(e.sequence(), AgreementRows.instant(e.at(), zone),
                e.byCustomer() ? AgreementRows.format(texts, "ticket.event.byCustomer", e.actor()) : e.actor(),
                e.type(), label(texts, "ticket.event." + e.type(), e.type()),
                HistoryTexts.change(e, change(e, statusNames), statusNames, texts),
                e.type().equals("REGISTERED") ? "" : HistoryTexts.text(e, zone, texts),
                e.type().equals("COMMENT") && !e.visibleToCustomer())).toList();
    }

    private static String change(TicketEventDetails e, Map<String, String> statusNames) {
        boolean status = e.type().equals("STATUS") || e.type().equals("REGISTERED");
        String from = status && e.from() != null ? statusNames.getOrDefault(e.from(), e.from()) : e.from();
        String to = status && e.to() != null ? statusNames.getOrDefault(e.to(), e.to()) : e.to();
        if (from == null && to == null) {
            return "";
        }
        if (from == null) {
            return to;
        }
        return from + " → " + (to == null ? NOTHING : to);
    }

    // ---- words -------------------------------------------------------------------------------------

    /** "Resolution", "Response", or "Time in Customer testing" for a time-in-status limit. */
    static String metric(String metric, Map<String, String> statusNames, ResourceBundle texts) {
        if (metric.startsWith(SlaClock.STATUS_PREFIX)) {
            String code = metric.substring(SlaClock.STATUS_PREFIX.length());
            return AgreementRows.format(texts, "ticket.clock.metric.status", statusNames.getOrDefault(code, code));
        }
        return label(texts, "ticket.clock.metric." + metric, metric);
    }

    static String stateLabel(ClockState state, ResourceBundle texts) {
        return texts.getString("ticket.clock.state." + state.name());
    }

    /**
     * Where a clock stands, in words, as of {@code asOf}: a running clock is "due in" the real time
     * left to its deadline, or has used up its target exactly and stays on time until counting resumes
     * (its deadline fell at a closing time); a breached one is "overdue by" the real time since the deadline (up to
     * when it stopped, if it did), and says so when it is paused now; a paused one says how much
     * working time is left. The state itself is shown next to these words.
     */
    static String words(SlaClock c, Instant asOf, ResourceBundle texts) {
        return switch (c.state()) {
            case RUNNING -> c.due() == null ? ""
                    : c.due().isAfter(asOf) ? AgreementRows.format(texts, "ticket.clock.dueIn",
                    roughly(Duration.between(asOf, c.due()), texts))
                    : texts.getString("ticket.clock.targetUsedUp");
            case BREACHED -> {
                Instant due = c.due() != null ? c.due() : c.breachedAt();
                Instant end = c.stoppedAt() != null ? c.stoppedAt() : asOf;
                String overdue = due == null || !end.isAfter(due) ? texts.getString("ticket.clock.overdue")
                        : AgreementRows.format(texts, "ticket.clock.overdueBy", roughly(Duration.between(due, end), texts));
                yield c.paused()
                        ? AgreementRows.format(texts, "ticket.clock.overdueAndPaused", overdue) : overdue;
            }
            case PAUSED -> AgreementRows.format(texts, "ticket.clock.pausedLeft", AgreementRows.inHours(c.remaining(), texts));
            default -> "";
        };
    }

    /**
     * A real time to the minute, in at most two units: "2 d 3 h", "3 h 20 min", "45 min", or "less
     * than a minute".
     */
    static String roughly(Duration d, ResourceBundle texts) {
        long minutes = Math.abs(d.getSeconds()) / 60;
        if (minutes == 0) {
            return texts.getString("ticket.duration.underMinute");
        }
        long days = minutes / (24 * 60);
        long hours = minutes % (24 * 60) / 60;
        long rest = minutes % 60;
        if (days > 0) {
            return days + " " + texts.getString("duration.d") + (hours > 0 ? " " + hours + " "
                    + texts.getString("duration.h") : "");
        }
        if (hours > 0) {
            return hours + " " + texts.getString("duration.h") + (rest > 0 ? " " + rest + " "
                    + texts.getString("duration.min") : "");
        }
        return rest + " " + texts.getString("duration.min");
    }

    /** "ACME Ltd (ACME)": a customer's name and code. */
    static String party(String code, String name) {
        return name == null || name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
    }

    /** The time zone of the ticket's calendar; UTC for a ticket without an agreement, which has none. */
    static ZoneId zone(TicketDetails t) {
        return t.timeZone() == null ? ZoneOffset.UTC : ZoneId.of(t.timeZone());
    }

    /** "2 · High", "2" for a priority without a name, or a dash for none. */
    static String priority(Integer number, String name) {
        if (number == null) {
            return NOTHING;
        }
        return name == null || name.isBlank() ? Integer.toString(number) : number + " · " + name;
    }

    /** "Dana Scully (dana)", or "dana" when the name is the username or missing. */
    static String person(String username, String displayName) {
        return party(username, displayName);
    }

    /** "dana (L2)", "L2", "dana" or a dash. */
    static String assignee(String person, String group) {
        if (person == null || person.isBlank()) {
            return group == null ? NOTHING : group;
        }
        return group == null ? person : person + " (" + group + ")";
    }

    private static String label(ResourceBundle texts, String key, String fallback) {
        return texts.containsKey(key) ? texts.getString(key) : fallback;
    }
}
