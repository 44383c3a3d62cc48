package org.servicelevel.interfaces.rest.ticket;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.servicelevel.application.escalation.EscalationEntry;
import org.servicelevel.application.ticket.ImportReport;
import org.servicelevel.application.ticket.TicketDetails;
import org.servicelevel.application.ticket.TicketEventDetails;
import org.servicelevel.domain.clock.ClockSegment;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.model.escalation.EscalationStanding;
import org.servicelevel.interfaces.rest.problem.ProblemDetail;

/** The JSON shapes of tickets, their clocks and history, and how they are built. */
public final class TicketAssembler {

    private TicketAssembler() {
    }

    /**
     * A ticket with its clocks as of {@code clocksAsOf}. Every clock says what an integration needs to
     * show "due in 1 h 20 min" or "paused" without computing anything. A ticket {@code withoutAgreement}
     * (no selection rule found one, none assigned yet) has {@code agreement}, {@code agreementVersion},
     * {@code calendar} and {@code timeZone} null, no clocks, and a priority only if the caller gave one.
     */
    public record TicketView(long id, String number, long version, String externalReference, String customer,
                             String customerName, RequesterView requester, String title, String description,
                             String service, String serviceName, String agreement, Integer agreementVersion,
                             boolean withoutAgreement, List<String> inheritedVersions, Integer priority,
                             String priorityName, String impact, String urgency, String requestType, Set<String> tags, String channel, String region,
                             String assignee, String supportGroup, Integer supportLine, String status,
                             String statusName, String statusCategory, Instant registeredAt, Instant firstResponseAt,
                             Instant resolvedAt, Instant closedAt, String parent, List<String> children,
                             String calendar, String timeZone, Instant clocksAsOf, List<ClockView> clocks) {
    }

    public record RequesterView(String username, String name, String email) {
    }

    /**
     * One clock: {@code state} NOT_STARTED, RUNNING, PAUSED, MET, BREACHED, CANCELLED or STOPPED, and
     * {@code paused} while it stands still because the ticket waits (beside BREACHED too); working
     * times as ISO-8601 durations; {@code due} as an offset date-time and local time in the calendar's
     * zone; {@code dueIn} the real time from {@code clocksAsOf} to the due instant (negative when overdue).
     * {@code escalationLevel} is the number of the clock's escalation steps that have fired, and
     * {@code nextStep} the one that comes next (none while the clock does not count).
     */
    public record ClockView(String metric, String state, boolean paused, String target, String elapsed, String remaining,
                            long remainingSeconds, OffsetDateTime due, LocalDateTime dueLocal, String dueIn,
                            Long dueInSeconds, OffsetDateTime breachedAt, OffsetDateTime startedAt,
                            OffsetDateTime stoppedAt, String pausedWorkingTime, List<Integer> calendarVersions,
                            int escalationLevel, NextStepView nextStep) {
    }

    /** The next escalation step of a clock: its name, {@code at} as the policy writes it, and when it comes due. */
    public record NextStepView(String name, String at, OffsetDateTime dueAt) {
    }

    /**
     * A step of a clock's escalation: {@code step} its position in the policy's rule ({@code -1}: the
     * breach, which every clock records), {@code occurrence} its repetition (0 for the first),
     * {@code state} PENDING or FIRED; for a fired step when, {@code lateBy} (ISO-8601) and {@code late}
     * (more than a minute after its due instant, e.g. after the server was stopped), on which server
     * instance, and what each action did.
     */
    public record EscalationView(long id, String metric, int step, String name, String at, int occurrence,
                                 String actions, String state, Instant dueAt, Instant plannedAt, Instant firedAt,
                                 String lateBy, boolean late, String firedOn, List<String> outcome) {
    }

    static EscalationView escalation(EscalationEntry e) {
        return new EscalationView(e.id(), e.metric(), e.step(), e.name(), e.at(), e.occurrence(), e.actions(), e.state(),
                e.dueAt(), e.plannedAt(), e.firedAt(), e.lateBy() == null ? null : e.lateBy().toString(), e.late(),
                e.firedOn(), e.outcome() == null ? List.of() : List.of(e.outcome().split("\n")));
    }

    /** A clock with its evidence: every segment of its timeline and the working time by cause. */
    public record TimelineView(String ticket, String metric, Integer agreementVersion, String calendar, String timeZone,
                               Instant asOf, ClockView clock, Map<String, String> workingTimeByGroup,
                               String waitingOnCustomer, String waitingOnThirdParty, List<SegmentView> segments) {
    }

    public record SegmentView(OffsetDateTime from, OffsetDateTime to, String kind, String status, String group,
                              long workingSeconds, String workingTime) {
    }

    public record EventView(int sequence, String type, Instant at, String actor, boolean byCustomer, String from,
                            String to, String text, boolean visibleToCustomer, String status, Integer priority,
                            String supportGroup, int supportLine) {
    }

    /** What an import did, ticket by ticket. */
    public record ImportReportView(int created, int duplicates, int failed, List<ImportResultView> results) {
    }

    /**
     * One ticket's outcome: CREATED, DUPLICATE (its external reference exists; the existing ticket) or
     * FAILED with the fields that were wrong.
     */
    public record ImportResultView(int index, String externalReference, String outcome, Long ticketId, String number,
                                   List<ProblemDetail.FieldError> errors) {
    }

    public record PageView(List<TicketView> items, int page, int size, long total) {
    }

    static TicketView ticket(TicketDetails d) {
        ZoneId zone = d.timeZone() == null ? ZoneOffset.UTC : ZoneId.of(d.timeZone());
        return new TicketView(d.id(), d.number(), d.version(), d.externalReference(), d.customer(), d.customerName(),
                new RequesterView(d.requesterUsername(), d.requesterName(), d.requesterEmail()), d.title(),
                d.description(), d.service(), d.serviceName(), d.agreement(), d.agreementVersion(), d.withoutAgreement(),
                d.inheritedVersions(), d.priority(),
                d.priorityName(), d.impact() == null ? null : d.impact().name(),
                d.urgency() == null ? null : d.urgency().name(), d.requestType(), d.tags(), d.channel().name(), d.region(), d.assignee(),
                d.supportGroup(), d.supportLine(), d.status(), d.statusName(), d.statusCategory().name(),
                d.registeredAt(), d.firstResponseAt(), d.resolvedAt(), d.closedAt(), d.parent(), d.children(),
                d.calendar(), d.timeZone(), d.clocksAsOf(),
                d.clocks().stream().map(c -> clock(c, d.clocksAsOf(), zone, d.escalation().get(c.metric()))).toList());
    }

    static ClockView clock(SlaClock c, Instant asOf, ZoneId zone, EscalationStanding escalation) {
        Duration dueIn = c.due() == null ? null : Duration.between(asOf, c.due());
        NextStepView next = escalation == null || escalation.nextStep() == null ? null
                : new NextStepView(escalation.nextStep(), escalation.nextAt(), offset(escalation.nextDueAt(), zone));
        return new ClockView(c.metric(), c.state().name(), c.paused(), c.target().toString(), c.elapsed().toString(),
                c.remaining().toString(), c.remaining().getSeconds(), offset(c.due(), zone),
                c.due() == null ? null : LocalDateTime.ofInstant(c.due(), zone),
                dueIn == null ? null : dueIn.toString(), dueIn == null ? null : dueIn.getSeconds(),
                offset(c.breachedAt(), zone), offset(c.startedAt(), zone), offset(c.stoppedAt(), zone),
                c.pausedWorkingTime().toString(), c.calendarVersions(), escalation == null ? 0 : escalation.level(), next);
    }

    static TimelineView timeline(TicketDetails ticket, SlaClock c, Instant asOf) {
        ZoneId zone = ZoneId.of(ticket.timeZone());
        Map<String, String> groups = new TreeMap<>();
        c.workingTimeByGroup().forEach((g, d) -> groups.put(g.isEmpty() ? "(no group)" : g, d.toString()));
        return new TimelineView(ticket.number(), c.metric(), ticket.agreementVersion(), ticket.calendar(),
                ticket.timeZone(), asOf, clock(c, asOf, zone, ticket.escalation().get(c.metric())), groups, c.waitingOnCustomer().toString(),
                c.waitingOnThirdParty().toString(), c.segments().stream().map(s -> segment(s, zone)).toList());
    }

    /** The timeline as CSV, one segment a line, for a dispute to be settled in a spreadsheet. */
    static String csv(TicketDetails ticket, SlaClock c) {
        ZoneId zone = ZoneId.of(ticket.timeZone());
        StringBuilder csv = new StringBuilder("ticket,metric,agreement_version,calendar,calendar_versions,from,to,kind,"
                + "status,group,working_seconds\r\n");
        String versions = c.calendarVersions().stream().map(String::valueOf).reduce((a, b) -> a + " " + b).orElse("");
        for (ClockSegment s : c.segments()) {
            csv.append(String.join(",", ticket.number(), quoted(c.metric()), String.valueOf(ticket.agreementVersion()),
                    quoted(ticket.calendar()), versions, offset(s.from(), zone).toString(), offset(s.to(), zone).toString(),
                    s.kind().name(), quoted(s.status()), quoted(s.group()), Long.toString(s.workingSeconds())))
                    .append("\r\n");
        }
        return csv.toString();
    }

    static EventView event(TicketEventDetails e) {
        return new EventView(e.sequence(), e.type(), e.at(), e.actor(), e.byCustomer(), e.from(), e.to(), e.text(),
                e.visibleToCustomer(), e.status(), e.priority(), e.supportGroup(), e.supportLine());
    }

    private static SegmentView segment(ClockSegment s, ZoneId zone) {
        return new SegmentView(offset(s.from(), zone), offset(s.to(), zone), s.kind().name(), s.status(), s.group(),
                s.workingSeconds(), Duration.ofSeconds(s.workingSeconds()).toString());
    }

    private static OffsetDateTime offset(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    private static String quoted(String text) {
        if (text == null) {
            return "";
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    static ImportReportView report(ImportReport report) {
        return new ImportReportView(report.created(), report.duplicates(), report.failed(), report.results().stream()
                .map(r -> new ImportResultView(r.index(), r.externalReference(), r.outcome(), r.ticketId(), r.number(),
                        r.errors().stream().map(e -> new ProblemDetail.FieldError(e.field(), e.message())).toList()))
                .toList());
    }
}
