package org.servicelevel.infrastructure.persistence.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The rows written for every fired escalation step (its history event, its e-mails, its webhook
 * deliveries, the steps planned afresh) take their ids in blocks of {@value #BLOCK} instead of 50: a
 * burst of 10,000 due steps fetched a new block from the database about 400 times. The persistence
 * unit takes {@code allocationSize} ids below each value its sequence hands out, so each sequence
 * steps by the block from now on and starts again a block past every id it has handed out or that a
 * row holds (ids below that are never handed out again). The statements differ between the
 * databases, hence a Java migration.
 */
public class V31__Larger_id_blocks extends BaseJavaMigration {

    /** The step of the sequences, equal to their generators' {@code allocationSize}. */
    public static final int BLOCK = 500;

    /** The sequences, by the table whose ids they hand out. */
    public static final Map<String, String> SEQUENCES = Map.of("ticket_event", "ticket_event_seq",
            "notification", "notification_seq", "escalation_step", "escalation_step_seq",
            "webhook_delivery", "webhook_delivery_seq");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                .contains("postgres");
        try (Statement sql = connection.createStatement()) {
            for (Map.Entry<String, String> s : SEQUENCES.entrySet()) {
                // the next value is past every id handed out so far, whatever block size took it
                long next = single(sql, postgres ? "SELECT nextval('" + s.getValue() + "')"
                        : "SELECT NEXT VALUE FOR " + s.getValue());
                long used = Math.max(next, single(sql, "SELECT COALESCE(MAX(id), 0) FROM " + s.getKey()));
                sql.execute("ALTER SEQUENCE " + s.getValue() + " INCREMENT BY " + BLOCK);
                sql.execute("ALTER SEQUENCE " + s.getValue() + " RESTART WITH " + (used + BLOCK));
            }
        }
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }
}
