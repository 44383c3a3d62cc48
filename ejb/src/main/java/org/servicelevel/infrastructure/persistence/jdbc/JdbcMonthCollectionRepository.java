package org.servicelevel.infrastructure.persistence.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.servicelevel.domain.model.report.MonthCollectionRepository;
import org.servicelevel.domain.model.report.StoredTicket;
import org.servicelevel.domain.model.report.TicketFacts;
import org.servicelevel.infrastructure.persistence.ApplicationDataSource;

/**
 * The month's collections in plain JDBC: the tickets are read with their two clock snapshots in one
 * statement per page, and collected tickets are written per page in one {@code COPY} on PostgreSQL,
 * as one batch of inserts elsewhere.
 */
@ApplicationScoped
public class JdbcMonthCollectionRepository implements MonthCollectionRepository {

    /** Looked up once: a naming lookup for every statement showed in the profile of a month of a million tickets. */
    private volatile DataSource dataSource;


    private static final JsonProvider JSON = JsonProvider.provider();

    private static final String TICKET_COLUMNS = "run_id, agreement_id, ticket_id, number, service_code,"
            + " priority_number, outcome, registered_at, ended_at, resolution_seconds, response_seconds,"
            + " resolution_target_seconds, lowerings";

    private static final String TICKETS = "SELECT t.id, t.number, t.service_code, t.priority_number,"
            + " t.status_category, t.registered_at, t.resolved_at, t.closed_at, t.clock_rules,"
            + " r.state, r.target_seconds, r.elapsed_seconds, r.computed_at,"
            + " s.state, s.target_seconds, s.elapsed_seconds, s.computed_at,"
            + " (SELECT COUNT(*) FROM ticket_event e WHERE e.ticket_id = t.id AND e.type = 'PRIORITY')"
            + " FROM ticket t"
            + " LEFT JOIN ticket_clock r ON r.ticket_id = t.id AND r.metric = 'resolution'"
            + " LEFT JOIN ticket_clock s ON s.ticket_id = t.id AND s.metric = 'response'"
            + " WHERE t.agreement_id = ? AND t.id > ? AND t.registered_at < ?"
            + " AND (t.closed_at IS NULL OR t.closed_at >= ?)"
            + " ORDER BY t.id FETCH FIRST ? ROWS ONLY";

    @Override
    public List<StoredTicket> ticketsTouching(long agreementId, Instant start, Instant end, long afterId, int limit) {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(TICKETS)) {
            query.setLong(1, agreementId);
            query.setLong(2, afterId);
            query.setObject(3, utc(end));
            query.setObject(4, utc(start));
            query.setInt(5, limit);
            query.setFetchSize(Math.min(limit, 1000));
            List<StoredTicket> tickets = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    tickets.add(new StoredTicket(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4),
                            row.getString(5), instant(row, 6), instant(row, 7), instant(row, 8), row.getInt(9),
                            clock(row, 10), clock(row, 14), row.getInt(18)));
                }
            }
            return tickets;
        } catch (SQLException e) {
            throw new IllegalStateException("The tickets of agreement " + agreementId + " could not be read", e);
        }
    }

    @Override
    public void collect(long runId, long agreementId, YearMonth month, List<CollectedTicket> tickets, boolean last) {
        try (Connection connection = dataSource().getConnection()) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE month_close_collection SET tickets = tickets + ?, complete = ?"
                            + " WHERE run_id = ? AND agreement_id = ?")) {
                update.setInt(1, tickets.size());
                update.setBoolean(2, last);
                update.setLong(3, runId);
                update.setLong(4, agreementId);
                if (update.executeUpdate() == 0) {
                    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO month_close_collection"
                            + " (run_id, agreement_id, close_month, tickets, complete) VALUES (?, ?, ?, ?, ?)")) {
                        insert.setLong(1, runId);
                        insert.setLong(2, agreementId);
                        insert.setString(3, month.toString());
                        insert.setInt(4, tickets.size());
                        insert.setBoolean(5, last);
                        insert.executeUpdate();
                    }
                }
            }
            if (tickets.isEmpty()) {
                return;
            }
            if (CopyRows.possibleOn(connection)) {
                copy(connection, runId, agreementId, tickets);
            } else {
                insert(connection, runId, agreementId, tickets);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The tickets of agreement " + agreementId + " could not be collected", e);
        }
    }

    private static void copy(Connection connection, long runId, long agreementId, List<CollectedTicket> tickets)
            throws SQLException {
        CopyRows rows = new CopyRows();
        for (CollectedTicket collected : tickets) {
            TicketFacts t = collected.facts();
            rows.number(runId).number(agreementId).number(collected.ticketId()).text(t.number()).text(t.service())
                    .number(t.priority()).text(t.outcome().name()).instant(t.registeredAt()).instant(t.endedAt())
                    .number(seconds(t.resolutionTime())).number(seconds(t.responseTime()))
                    .number(seconds(t.resolutionTarget()))
                    .text(t.loweredAfterBreach().isEmpty() ? null : lowerings(t.loweredAfterBreach())).endRow();
        }
        rows.into(connection, "month_close_ticket", TICKET_COLUMNS);
    }

    private static void insert(Connection connection, long runId, long agreementId, List<CollectedTicket> tickets)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO month_close_ticket ("
                + TICKET_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (CollectedTicket collected : tickets) {
                TicketFacts t = collected.facts();
                insert.setLong(1, runId);
                insert.setLong(2, agreementId);
                insert.setLong(3, collected.ticketId());
                insert.setString(4, t.number());
                insert.setString(5, t.service());
                insert.setInt(6, t.priority());
                insert.setString(7, t.outcome().name());
                insert.setObject(8, utc(t.registeredAt()));
                setInstant(insert, 9, t.endedAt());
                setSeconds(insert, 10, t.resolutionTime());
                setSeconds(insert, 11, t.responseTime());
                setSeconds(insert, 12, t.resolutionTarget());
                if (t.loweredAfterBreach().isEmpty()) {
                    insert.setNull(13, Types.VARCHAR);
                } else {
                    insert.setString(13, lowerings(t.loweredAfterBreach()));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Long seconds(Duration duration) {
        return duration == null ? null : duration.getSeconds();
    }

    @Override
    public Progress progress(long runId, long agreementId) {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT c.complete, (SELECT MAX(t.ticket_id) FROM"
                     + " month_close_ticket t WHERE t.run_id = c.run_id AND t.agreement_id = c.agreement_id)"
                     + " FROM month_close_collection c WHERE c.run_id = ? AND c.agreement_id = ?")) {
            query.setLong(1, runId);
            query.setLong(2, agreementId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? new Progress(row.getBoolean(1), row.getLong(2)) : new Progress(false, 0);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The collection of agreement " + agreementId + " could not be read", e);
        }
    }

    @Override
    public List<CollectedTicket> collected(long runId, long agreementId) {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT ticket_id, number, service_code,"
                     + " priority_number, outcome, registered_at, ended_at, resolution_seconds, response_seconds,"
                     + " resolution_target_seconds, lowerings FROM month_close_ticket"
                     + " WHERE run_id = ? AND agreement_id = ? ORDER BY ticket_id")) {
            query.setLong(1, runId);
            query.setLong(2, agreementId);
            query.setFetchSize(1000);
            List<CollectedTicket> tickets = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String number = row.getString(2);
                    tickets.add(new CollectedTicket(row.getLong(1), new TicketFacts(number, row.getString(3),
                            row.getInt(4), TicketFacts.Outcome.valueOf(row.getString(5)), instant(row, 6),
                            instant(row, 7), seconds(row, 8), seconds(row, 9), StoredTicket.evidence(row.getLong(1)),
                            lowerings(row.getString(11)), seconds(row, 10))));
                }
            }
            return tickets;
        } catch (SQLException e) {
            throw new IllegalStateException("The collected tickets of agreement " + agreementId + " could not be read",
                    e);
        }
    }

    @Override
    public List<Long> unclosed(long runId) {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT agreement_id FROM month_close_collection"
                     + " WHERE run_id = ? AND complete = TRUE AND closed_at IS NULL ORDER BY agreement_id")) {
            query.setLong(1, runId);
            List<Long> ids = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("The collections of run " + runId + " could not be read", e);
        }
    }

    @Override
    public void closed(long runId, long agreementId, YearMonth month, Instant at) {
        try (Connection connection = dataSource().getConnection()) {
            try (PreparedStatement mark = connection.prepareStatement("UPDATE month_close_collection SET closed_at = ?"
                    + " WHERE run_id = ? AND agreement_id = ?")) {
                mark.setObject(1, utc(at));
                mark.setLong(2, runId);
                mark.setLong(3, agreementId);
                mark.executeUpdate();
            }
            try (PreparedStatement others = connection.prepareStatement("DELETE FROM month_close_collection"
                    + " WHERE agreement_id = ? AND close_month = ? AND run_id <> ?")) {
                others.setLong(1, agreementId);
                others.setString(2, month.toString());
                others.setLong(3, runId);
                others.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The collection of agreement " + agreementId + " could not be closed", e);
        }
    }

    @Override
    public Optional<Long> lastClosedRun(long agreementId, YearMonth month) {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT MAX(run_id) FROM month_close_collection"
                     + " WHERE agreement_id = ? AND close_month = ? AND closed_at IS NOT NULL")) {
            query.setLong(1, agreementId);
            query.setString(2, month.toString());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long run = row.getLong(1);
                return row.wasNull() ? Optional.empty() : Optional.of(run);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The runs of agreement " + agreementId + " could not be read", e);
        }
    }

    private static String lowerings(List<TicketFacts.PriorityLowering> lowerings) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (TicketFacts.PriorityLowering l : lowerings) {
            var entry = JSON.createObjectBuilder().add("by", l.by()).add("at", l.at().toString())
                    .add("from", l.from()).add("to", l.to());
            if (l.reason() != null) {
                entry.add("reason", l.reason());
            }
            array.add(entry);
        }
        return array.build().toString();
    }

    private static List<TicketFacts.PriorityLowering> lowerings(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<TicketFacts.PriorityLowering> lowerings = new ArrayList<>();
        try (var reader = JSON.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            for (JsonValue value : array) {
                JsonObject l = value.asJsonObject();
                lowerings.add(new TicketFacts.PriorityLowering(l.getString("by"), Instant.parse(l.getString("at")),
                        l.getString("reason", null), l.getInt("from"), l.getInt("to")));
            }
        }
        return lowerings;
    }

    private static StoredTicket.StoredClock clock(ResultSet row, int first) throws SQLException {
        String state = row.getString(first);
        return state == null ? null : new StoredTicket.StoredClock(state, row.getLong(first + 1),
                row.getLong(first + 2), instant(row, first + 3));
    }

    /**
     * A {@code TIMESTAMP WITH TIME ZONE} as an instant, read as a {@code Timestamp} (an instant on every
     * driver): the server's result set wrapper answers {@code getObject(column, OffsetDateTime.class)}
     * through reflection on every call, a cost that showed in the month's close of a million tickets.
     */
    private static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Duration seconds(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : Duration.ofSeconds(value);
    }

    private static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, utc(instant));
        }
    }

    private static void setSeconds(PreparedStatement statement, int index, Duration duration) throws SQLException {
        if (duration == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, duration.getSeconds());
        }
    }

    private DataSource dataSource() {
        DataSource found = dataSource;
        if (found == null) {
            found = ApplicationDataSource.lookup();
            dataSource = found;
        }
        return found;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
