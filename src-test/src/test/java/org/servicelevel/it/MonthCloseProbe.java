package org.servicelevel.it;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.servicelevel.application.report.MonthResultService;
import org.servicelevel.batch.report.MonthCloseJobs;
import org.servicelevel.application.report.MonthResultService.ResultSummary;
import org.servicelevel.domain.model.report.MonthClose;
import org.servicelevel.domain.model.report.PriorityFigures;

/**
 * Seeds a month of tickets straight into the database, as settled tickets look after their clocks
 * were stored, and reads the month's result as the signed-in caller. {@code seed} adds {@code tickets}
 * tickets of service WS to an agreement of the fixtures (priorities 1–3, resolution targets 2 h, 4 h
 * and 16 h) in November 2026, each with its history (registered in progress, resolved): every tenth still open at the month's end, every seventh registered in
 * October, resolution times spread around the targets; the ticket at position {@code bad} (if given)
 * has priority 9, which the terms do not have. {@code fix} gives such tickets priority 2.
 * {@code figures} answers the month's figures in one line; {@code approve} approves the standing
 * result; {@code list} lists the month's results; {@code chain} starts the report and then the
 * adjustment of the month, as the monthly timer does, and answers the report's execution. Deployed only with its test.
 */
@WebServlet("/it-month-close")
public class MonthCloseProbe extends HttpServlet {

    static final YearMonth MONTH = YearMonth.of(2026, 11);
    private static final long[] TARGETS = {7_200, 14_400, 57_600};

    /**
     * The seeded ticket whose priority was lowered from 1 to its own (3) after its target was breached,
     * with a reason that holds every character that separates the rows and columns of a bulk copy.
     */
    static final int LOWERED = 5;
    static final String LOWERING_REASON = "customer agreed:\tnot critical\n\"C:\\temp\" \\N ünï";

    @Inject
    private MonthResultService results;

    @Inject
    private MonthCloseJobs jobs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String outcome;
        try {
            long agreement = Long.parseLong(request.getParameter("agreement"));
            outcome = switch (request.getParameter("call")) {
                case "seed" -> seed(agreement, Integer.parseInt(request.getParameter("tickets")),
                        request.getParameter("bad") == null ? -1 : Integer.parseInt(request.getParameter("bad")));
                case "fix" -> {
                    update("UPDATE ticket_event SET priority = 2 WHERE priority = 9 AND ticket_id IN"
                            + " (SELECT id FROM ticket WHERE agreement_id = ?)", agreement);
                    yield Integer.toString(update("UPDATE ticket SET priority_number = 2 WHERE agreement_id = ?"
                            + " AND priority_number = 9", agreement));
                }
                case "figures" -> figures(results.ofMonth(agreement, MONTH));
                case "approve" -> {
                    ResultSummary standing = results.ofMonth(agreement, MONTH).summary();
                    yield results.approve(standing.id(), standing.version()).state();
                }
                case "list" -> results.list(agreement, MONTH).stream().map(r -> r.number() + " " + r.state() + " "
                        + r.total().toPlainString() + " " + (r.totalDifference() == null ? "-"
                        : r.totalDifference().toPlainString())).collect(Collectors.joining("\n"));
                case "chain" -> Long.toString(jobs.startReportThenAdjustment(MONTH, agreement).id());
                default -> throw new IllegalArgumentException(request.getParameter("call"));
            };
        } catch (EJBException e) {
            outcome = "failed: " + e.getCause();
        } catch (RuntimeException | SQLException | NamingException e) {
            outcome = "failed: " + e;
        }
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(outcome);
    }

    /**
     * The figures of the month as one line: per priority accepted/resolved/open/average/overdue, score,
     * total, and the lowerings after a breach flagged (without the ticket's number, which differs between
     * the seeded twins).
     */
    private static String figures(MonthResultService.ResultDetails details) {
        MonthClose close = details.document().close();
        StringBuilder line = new StringBuilder();
        for (PriorityFigures p : close.report().priorities()) {
            line.append("P").append(p.number()).append(" accepted=").append(p.accepted()).append(" resolved=")
                    .append(p.resolved()).append(" open=").append(p.openAtMonthEnd().size()).append(" average=")
                    .append(p.average()).append(" overdue=").append(p.overdue()).append(" share=")
                    .append(p.overdueSharePercent()).append("; ");
        }
        line.append("score=").append(close.quality().score()).append(" total=").append(close.invoice().total());
        close.report().priorities().stream().flatMap(p -> Stream.concat(p.ended().stream(),
                p.openAtMonthEnd().stream())).filter(t -> !t.loweredAfterBreach().isEmpty())
                .forEach(t -> t.loweredAfterBreach().forEach(l -> line.append("; lowered ").append(l.from())
                        .append("->").append(l.to()).append(" by ").append(l.by())
                        .append(" at ").append(l.at()).append(" because ").append(l.reason())));
        return line.toString();
    }

    private static DataSource dataSource() throws NamingException {
        return (DataSource) new InitialContext().lookup("java:app/jdbc/servicelevel");
    }

    private static int update(String sql, long agreement) throws SQLException, NamingException {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, agreement);
            return s.executeUpdate();
        }
    }

    private static String seed(long agreement, int count, int bad) throws SQLException, NamingException {
        try (Connection c = dataSource().getConnection()) {
            long customer;
            long base;
            try (PreparedStatement s = c.prepareStatement("SELECT customer_id FROM agreement WHERE id = ?")) {
                s.setLong(1, agreement);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    customer = r.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM ticket");
                 ResultSet r = s.executeQuery()) {
                r.next();
                base = Math.max(r.getLong(1), 100_000_000L) + 1;
            }
            long eventBase;
            try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM ticket_event");
                 ResultSet r = s.executeQuery()) {
                r.next();
                eventBase = Math.max(r.getLong(1), 100_000_000L) + 1;
            }
            try (PreparedStatement ticket = c.prepareStatement("INSERT INTO ticket (id, version, number, customer_id,"
                    + " title, service_code, agreement_id, agreement_version, priority_number, channel, status,"
                    + " status_category, registered_at, resolved_at, created_by, clock_rules) VALUES"
                    + " (?, 0, ?, ?, 'Seeded', 'WS', ?, 1, ?, 'API', ?, ?, ?, ?, 'it', 2)");
                 PreparedStatement clock = c.prepareStatement("INSERT INTO ticket_clock (ticket_id, metric, state,"
                         + " target_seconds, elapsed_seconds, computed_at) VALUES (?, 'resolution', ?, ?, ?, ?)");
                 PreparedStatement event = c.prepareStatement("INSERT INTO ticket_event (id, ticket_id, seq_no, type,"
                         + " occurred_at, actor, by_customer, to_value, status, category, line_level, priority,"
                         + " from_value, text, public_text) VALUES (?, ?, ?, ?, ?, 'it', FALSE, ?, ?, ?, 1, ?, ?, ?,"
                         + " FALSE)")) {
                for (int i = 0; i < count; i++) {
                    long id = base + i;
                    int priority = i == bad ? 9 : 1 + i % 3;
                    long target = TARGETS[(i == bad ? 2 : priority) - 1];
                    Instant registered = i % 7 == 0
                            ? Instant.parse("2026-10-25T08:00:00Z").plusSeconds(i % 86_400)
                            : Instant.parse("2026-11-02T08:00:00Z").plusSeconds((long) i * 37 % (25L * 86_400));
                    boolean open = i % 10 == 0;
                    long elapsed = (long) i * 7_919 % (target * 2) + 1;
                    Instant resolved = open ? null : Instant.parse("2026-11-29T10:00:00Z").minusSeconds(i % 3_600);
                    ticket.setLong(1, id);
                    ticket.setString(2, "LT" + id);
                    ticket.setLong(3, customer);
                    ticket.setLong(4, agreement);
                    ticket.setInt(5, priority);
                    ticket.setString(6, open ? "IN_PROGRESS" : "RESOLVED");
                    ticket.setString(7, open ? "IN_PROGRESS" : "RESOLVED");
                    ticket.setObject(8, utc(registered));
                    if (resolved == null) {
                        ticket.setNull(9, Types.TIMESTAMP_WITH_TIMEZONE);
                    } else {
                        ticket.setObject(9, utc(resolved));
                    }
                    ticket.addBatch();
                    clock.setLong(1, id);
                    clock.setString(2, open ? "RUNNING" : elapsed > target ? "BREACHED" : "MET");
                    clock.setLong(3, target);
                    clock.setLong(4, elapsed);
                    clock.setObject(5, utc(Instant.parse("2026-11-30T12:00:00Z")));
                    clock.addBatch();
                    events(event, eventBase + 4L * i, id, priority, registered, resolved, i == LOWERED);
                    if (i % 1000 == 999) {
                        ticket.executeBatch();
                        clock.executeBatch();
                        event.executeBatch();
                    }
                }
                ticket.executeBatch();
                clock.executeBatch();
                event.executeBatch();
            }
            return Integer.toString(count);
        }
    }

    /**
     * The ticket's history: registered in progress, when {@code lowered} breached after an hour and its
     * priority lowered from 1 an hour later, then resolved if it was.
     */
    private static void events(PreparedStatement event, long firstId, long ticket, int priority, Instant registered,
                               Instant resolved, boolean lowered) throws SQLException {
        event.setLong(1, firstId);
        event.setLong(2, ticket);
        event.setInt(3, 1);
        event.setString(4, "REGISTERED");
        event.setObject(5, utc(registered));
        event.setString(6, "IN_PROGRESS");
        event.setString(7, "IN_PROGRESS");
        event.setString(8, "IN_PROGRESS");
        event.setInt(9, lowered ? 1 : priority);
        event.setNull(10, Types.VARCHAR);
        event.setNull(11, Types.VARCHAR);
        event.addBatch();
        int sequence = 1;
        if (lowered) {
            event.setLong(1, firstId + 2);
            event.setInt(3, ++sequence);
            event.setString(4, "BREACH");
            event.setObject(5, utc(registered.plusSeconds(3_600)));
            event.setString(6, "resolution");
            event.addBatch();
            event.setLong(1, firstId + 3);
            event.setInt(3, ++sequence);
            event.setString(4, "PRIORITY");
            event.setObject(5, utc(registered.plusSeconds(7_200)));
            event.setString(6, Integer.toString(priority));
            event.setInt(9, priority);
            event.setString(10, "1");
            event.setString(11, LOWERING_REASON);
            event.addBatch();
            event.setNull(10, Types.VARCHAR);
            event.setNull(11, Types.VARCHAR);
        }
        if (resolved != null) {
            event.setLong(1, firstId + 1);
            event.setInt(3, ++sequence);
            event.setString(4, "STATUS");
            event.setObject(5, utc(resolved));
            event.setString(6, "RESOLVED");
            event.setString(7, "RESOLVED");
            event.setString(8, "RESOLVED");
            event.addBatch();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
